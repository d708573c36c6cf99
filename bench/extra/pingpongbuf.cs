package main

import (
	"fmt"
	"os"
	"strconv"
)

type ball struct {
	hits int
	path [4]int
}

func player(id int, in <-chan *ball, out chan<- *ball, done chan<- int, max int) {
	for b := range in {
		b.hits++
		b.path[id] += b.hits & 3
		if b.hits >= max {
			done <- b.hits
			return
		}
		out <- b
	}
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a := make(chan *ball, 4)
	b := make(chan *ball, 4)
	done := make(chan int, 2)
	go player(0, a, b, done, n)
	go player(1, b, a, done, n)
	bl := &ball{}
	a <- bl
	h := <-done
	// many balls in flight on buffered channels
	c := make(chan int, 128)
	d := make(chan int, 128)
	go func() {
		for v := range c {
			d <- v + 1
		}
		close(d)
	}()
	sum := 0
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	for v := range d {
		sum += v
	}
	fmt.Println(h, bl.path, sum)
}
