// checks: a spread slice is passed without copying; callee sees caller's array
package main

import "fmt"

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func main() {
	s := []int{1, 2, 3}
	zero(s...)
	fmt.Println(s)
	fmt.Println(describe("n=", 1, "a", 2.5))
	fmt.Println(describe("none"))
}
