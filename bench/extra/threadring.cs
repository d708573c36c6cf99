// threadring: the Benchmarks Game's thread-ring. 503 goroutines are
// linked in a ring by unbuffered channels; a token (a countdown) is
// passed around until it reaches zero and the goroutine holding it
// reports its number. Three games are played on fresh rings, the last
// on a ring of buffered (capacity 1) channels.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const ringSize = 503

func member(id int, in <-chan int, out chan<- int, done chan<- int) {
	for {
		t := <-in
		if t == 0 {
			done <- id
			return
		}
		out <- t - 1
	}
}

func play(token, capacity int) int {
	first := make(chan int, capacity)
	done := make(chan int)
	in := first
	for id := 1; id <= ringSize; id++ {
		out := first
		if id < ringSize {
			out = make(chan int, capacity)
		}
		go member(id, in, out, done)
		in = out
	}
	first <- token
	return <-done
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	fmt.Println(play(n, 0))
	fmt.Println(play(n/2+17, 0))
	fmt.Println(play(n/2, 1))
}
