// checks: immediately invoked function literals, literals as arguments
package main

import "fmt"

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	v := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(v)
	k := 3
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * k }))
	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return g(f(x)) }
	}
	h := compose(func(x int) int { return x + 1 }, func(x int) int { return x * 10 })
	fmt.Println(h(4))
}
