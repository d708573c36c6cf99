// threadring: 503 goroutines in a ring pass a token N times; prints the
// number (1..503) of the goroutine holding it last.
// Size: hops (default 10000000). Check value for 10000000: 361.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const ring = 503

func member(id int, in chan int, out chan int, done chan int) {
	for {
		t := <-in
		if t == 0 {
			done <- id
			return
		}
		out <- t - 1
	}
}

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	done := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= ring; id++ {
		out := first
		if id < ring {
			out = make(chan int)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- n
	fmt.Println(<-done)
}
