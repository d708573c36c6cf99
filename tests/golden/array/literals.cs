// checks: array literals with [...], keyed elements, partial init
package main

import "fmt"

func main() {
	a := [...]int{2: 5, 7, 0: 1}
	fmt.Println(a, len(a))
	b := [5]string{"x", "y"}
	fmt.Printf("%q\n", b)
	c := [...]bool{true, false, true}
	fmt.Println(c, len(c))
	var d [4]float64
	d[3] = 1.5
	fmt.Println(d)
	e := [2]struct{ N int }{{1}, {2}}
	fmt.Println(e)
}
