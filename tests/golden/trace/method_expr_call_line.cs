package main

// Method expressions called through func variables, the last one with an
// index out of range in the method: gcc inlines the method expression's
// function and the method into main, and main's frame must show the line
// of the call (19), not main's func line.

import "fmt"

type V struct{ x []int }

func (v V) At(i int) int { return v.x[i] }

func main() {
	at := (*V).At
	fmt.Println(at(&V{[]int{1}}, 0))
	h := V.At
	fmt.Println(h(V{[]int{1}}, 0))
	fmt.Println(h(V{[]int{1}}, 3))
}
