package main

// Run by frames.sh: every goroutine blocks in a channel receive; the
// deadlock dump shows each one's line and the worker's creator.

import "fmt"

func worker(id int, ch chan int) {
	for {
		v := <-ch
		fmt.Println(id, v)
	}
}

func start(ch chan int) {
	go worker(1, ch)
}

func main() {
	ch := make(chan int)
	start(ch)
	ch <- 7
	done := make(chan bool)
	<-done
}
