// checks: an unrecovered panic runs the open-coded deferred calls of every
// frame, innermost first, then prints the panic and the panicking
// goroutine's stack (with the function that panicked) and exits 2
package main

import "fmt"

func inner(xs []int, i int) int {
	defer fmt.Println("inner deferred")
	return xs[i]
}

func outer() {
	defer func() { fmt.Println("outer deferred, recover in a helper:", helper()) }()
	fmt.Println(inner([]int{1, 2}, 5))
}

func helper() interface{} { return recover() }

func main() {
	defer fmt.Println("main deferred")
	outer()
}
