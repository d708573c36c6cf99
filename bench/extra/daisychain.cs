package main

// The Go talk's daisy chain: n goroutines linked by unbuffered channels,
// each adding one to what it receives from its right neighbour and
// passing it left. Repeated for several rounds so that spawning, the
// first blocking receive and the chained wake-ups dominate.

import (
	"fmt"
	"os"
	"strconv"
)

func f(left, right chan int) {
	left <- 1 + <-right
}

func chain(n, start int) int {
	leftmost := make(chan int)
	left, right := leftmost, leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go f(left, right)
		left = right
	}
	go func(c chan int) { c <- start }(right)
	return <-leftmost
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	sum := 0
	for r := 0; r < 2; r++ {
		v := chain(n, r)
		sum += v
		fmt.Println("round", r, v)
	}
	fmt.Println("sum", sum)
}
