// checks: a recursive function literal through a declared variable
package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	var walk func(depth int) []int
	walk = func(depth int) []int {
		if depth == 0 {
			return nil
		}
		return append(walk(depth-1), depth)
	}
	fmt.Println(walk(5))
}
