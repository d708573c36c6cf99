package main

// Recursive Fibonacci that forks a goroutine for one branch while the
// depth is below a cutoff, joining through a channel (first part) or a
// WaitGroup with results written into a slice (second part); below the
// cutoff it recurses sequentially.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func pfib(n, depth int) int {
	if depth == 0 || n < 10 {
		return fib(n)
	}
	c := make(chan int, 1)
	go func() { c <- pfib(n-1, depth-1) }()
	b := pfib(n-2, depth-1)
	return <-c + b
}

func wfib(n, depth int, out *int) {
	if depth == 0 || n < 10 {
		*out = fib(n)
		return
	}
	var wg sync.WaitGroup
	var r [2]int
	wg.Add(2)
	go func() { defer wg.Done(); wfib(n-1, depth-1, &r[0]) }()
	go func() { defer wg.Done(); wfib(n-2, depth-1, &r[1]) }()
	wg.Wait()
	*out = r[0] + r[1]
}

func main() {
	n := 38
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a := pfib(n, 12)
	var b int
	wfib(n-1, 10, &b)
	sum := 0
	for i := 0; i < 2000; i++ {
		sum += pfib(15, 6)
	}
	fmt.Println(a, b, sum)
}
