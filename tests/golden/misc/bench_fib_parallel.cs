package main

import (
	"fmt"
	"runtime"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func pfib(n, depth int) int {
	if depth == 0 || n < 15 {
		return fib(n)
	}
	var a int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		a = pfib(n-1, depth-1)
		wg.Done()
	}()
	b := pfib(n-2, depth-1)
	wg.Wait()
	return a + b
}

func main() {
	fmt.Println(fib(30))
	fmt.Println(pfib(32, 6))
	res := make(chan int)
	nw := runtime.GOMAXPROCS(0) * 2
	for i := 0; i < nw; i++ {
		go func(i int) { res <- fib(20 + i%5) }(i)
	}
	s := 0
	for i := 0; i < nw; i++ {
		s += <-res
	}
	fmt.Println(s > 0)
}
