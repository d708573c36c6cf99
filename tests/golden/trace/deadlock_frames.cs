package main

// A deadlock dump names the functions each goroutine is blocked in, and
// the function whose go statement started it. (gcc inlines take into
// waiter, so only waiter's frame is checked.)

import "fmt"

type Box struct{ ch chan int }

func (b *Box) take(n int) int {
	if n == 0 {
		return 0
	}
	v := <-b.ch
	return v + b.take(n-1)
}

func waiter(b *Box, out chan int) {
	out <- b.take(3)
	fmt.Println("sent")
}

func main() {
	b := &Box{ch: make(chan int)}
	out := make(chan int)
	go waiter(b, out)
	b.ch <- 1
	fmt.Println(<-out)
}
