// parallel_fib: 40 computations of fib(n) spread over GOMAXPROCS worker
// goroutines: does the scheduler use every core?
// Size: n (default 35). Check value for 35: 40 * fib(35) = 369098600.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	n := 35
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	jobs := make(chan int, 40)
	results := make(chan int)
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		go func() {
			for j := range jobs {
				results <- fib(j)
			}
		}()
	}
	for i := 0; i < 40; i++ {
		jobs <- n
	}
	close(jobs)
	sum := 0
	for i := 0; i < 40; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
