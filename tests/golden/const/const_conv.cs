// checks: untyped constants take the type their context needs
package main

import "fmt"

const n = 10
const fl = 5.0
const s = "hello"

func main() {
	var i8 int8 = n
	var f32 float32 = n
	var i int = fl
	var u uint16 = 'A'
	var by byte = s[0]
	fmt.Println(i8, f32, i, u, by)
	fmt.Printf("%T %T %T %T\n", i8, f32, i, u)
	const l = len(s)
	var arr [l]int
	fmt.Println(len(arr), l)
	fmt.Println(n/3, n/3.0, n%3)
}
