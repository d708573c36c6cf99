package main

// Run by sigquit.sh: prints "ready" and waits (for an hour) until SIGQUIT;
// a worker goroutine is blocked in a channel receive by then.

import (
	"fmt"
	"time"
)

func worker(ch chan int) {
	for v := range ch {
		fmt.Println(v)
	}
}

func main() {
	ch := make(chan int)
	go worker(ch)
	ch <- 1
	time.Sleep(10 * time.Millisecond)
	fmt.Println("ready")
	select {
	case v := <-ch:
		fmt.Println("never", v)
	case <-time.After(time.Hour):
	}
}
