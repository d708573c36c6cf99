// checks: at GOMAXPROCS=1 goroutines in endless recursion with no loop in
// it (fib, which codegen hints inline so gcc unrolls it into itself, and
// one that first recurses 200000 deep, growing its stack) are still
// preempted: main keeps waking from its sleeps and printing
package main

import (
	"fmt"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func sink(depth, n int) int {
	if depth == 0 {
		return fib(n)
	}
	return sink(depth-1, n) + 1
}

func main() {
	go func() { fmt.Println("fib", fib(90)) }()
	go func() { fmt.Println("sink", sink(200000, 90)) }()
	for i := 0; i < 5; i++ {
		time.Sleep(2 * time.Millisecond)
		fmt.Println("main", i)
	}
}
