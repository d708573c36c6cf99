package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong + 1
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(v, ok)
	// ring
	const N = 100
	first := make(chan int)
	in := first
	for i := 0; i < N; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	tot := 0
	for r := 0; r < 1000; r++ {
		first <- r
		tot += <-in
	}
	close(first)
	fmt.Println(tot)
}
