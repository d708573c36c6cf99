package main

// Run by frames.sh: a panic two calls deep, with another goroutine
// blocked in a channel receive (shown with GOTRACEBACK=all).

import (
	"fmt"
	"time"
)

func worker(ch chan int) {
	v := <-ch
	fmt.Println("got", v)
}

func scale(a []int, i int) int {
	x := a[i]
	return x * 2
}

func sum(a []int, idx []int) int {
	t := 0
	for _, i := range idx {
		t += scale(a, i)
	}
	return t
}

func main() {
	ch := make(chan int)
	go worker(ch)
	time.Sleep(time.Second) // the worker has blocked by then, however loaded the machine
	a := []int{1, 2, 3}
	fmt.Println(sum(a, []int{0, 1}))
	fmt.Println(sum(a, []int{2, 5}))
}
