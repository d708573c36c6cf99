// checks: default types of untyped literals
package main

import "fmt"

func main() {
	a := 1
	b := 1.0
	c := 'a'
	d := "s"
	e := 1 == 1
	f := 0x10
	fmt.Printf("%T %T %T %T %T %T\n", a, b, c, d, e, f)
}
