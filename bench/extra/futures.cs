package main

// A bounded worker pool whose results come back through a channel of
// channels: each job carries its own reply channel, and the collector
// reads the reply channels in submission order, so results stay ordered.

import (
	"fmt"
	"os"
	"strconv"
)

type job struct {
	n     int
	reply chan int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	jobs := make(chan job, 32)
	futures := make(chan chan int, 64)
	for w := 0; w < 4; w++ {
		go func() {
			for j := range jobs {
				j.reply <- collatz(j.n)
			}
		}()
	}
	go func() {
		for i := 1; i <= n; i++ {
			r := make(chan int, 1)
			futures <- r
			jobs <- job{i, r}
		}
		close(jobs)
		close(futures)
	}()
	h, best, bestAt := uint64(14695981039346656037), 0, 0
	i := 1
	for f := range futures {
		s := <-f
		h = (h ^ uint64(s)) * 1099511628211
		if s > best {
			best, bestAt = s, i
		}
		i++
	}
	fmt.Println(n, best, bestAt, h)
}
