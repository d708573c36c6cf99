// skynet: a tree of goroutines, ten children per node, N leaves; each leaf
// sends its number up, each node sums its children.
// Size: leaves, a power of 10 (default 1000000). Check value: N(N-1)/2.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func skynet(c chan int, num int, size int, div int) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int, div)
	sum := 0
	for i := 0; i < div; i++ {
		sub := num + i*(size/div)
		go skynet(rc, sub, size/div, div)
	}
	for i := 0; i < div; i++ {
		sum += <-rc
	}
	c <- sum
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := make(chan int)
	go skynet(c, 0, n, 10)
	fmt.Println(<-c)
}
