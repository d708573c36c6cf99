// checks: higher-order functions returning and taking functions
package main

import "fmt"

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func twice(f func(int) int) func(int) int { return func(x int) int { return f(f(x)) } }

func mapInts(xs []int, f func(int) int) []int {
	var out []int
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	add3 := adder(3)
	fmt.Println(add3(1), twice(add3)(1), twice(twice(add3))(0))
	fmt.Println(mapInts([]int{1, 2, 3}, adder(10)))
}
