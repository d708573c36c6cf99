// fib: naive recursive Fibonacci, no goroutines: plain code speed and the
// cost of the compiler's preemption checks.
// Size: n (default 40). Check value for 40: 102334155.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 40
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Println(fib(n))
}
