// checks: == on structs compares every field, nested too
package main

import "fmt"

type In struct{ A, B int }
type Out struct {
	S  string
	In In
	F  float64
}

func main() {
	x := Out{"s", In{1, 2}, 0.5}
	y := Out{"s", In{1, 2}, 0.5}
	fmt.Println(x == y, x != y)
	y.In.B = 3
	fmt.Println(x == y)
	fmt.Println(In{} == In{0, 0}, struct{}{} == struct{}{})
	p, q := &In{1, 1}, &In{1, 1}
	fmt.Println(p == q, *p == *q)
}
