// checks: Pike's daisy chain of 10,000 goroutines passing a value left, all
// gone afterwards, and a buffered chain
package main

import (
	"fmt"
	"runtime"
	"time"
)

func f(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go f(left, right)
		left = right
	}
	go func(c chan int) { c <- 1 }(right)
	fmt.Println(<-leftmost)
	// Every link has now finished.
	for i := 0; i < 5000 && runtime.NumGoroutine() > 1; i++ { // seconds at most, for a loaded machine
		time.Sleep(time.Millisecond)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	// A second chain with buffered links and a bigger sum.
	first := make(chan int, 1)
	prev := first
	for i := 0; i < 2000; i++ {
		next := make(chan int, 1)
		go func(l, r chan int, k int) { l <- k + <-r }(prev, next, i)
		prev = next
	}
	prev <- 0
	fmt.Println(<-first)
}
