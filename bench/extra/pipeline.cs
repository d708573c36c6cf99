package main

import (
	"fmt"
	"os"
	"strconv"
)

func gen(n int) <-chan int {
	out := make(chan int, 64)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int, 64)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	c := gen(n)
	c = stage(c, func(x int) int { return x * 3 })
	c = stage(c, func(x int) int { return x + 1 })
	c = filter(c, func(x int) bool { return x%2 == 0 })
	c = stage(c, func(x int) int { return x / 2 })
	for i := 0; i < 4; i++ {
		k := i
		c = stage(c, func(x int) int { return x ^ k })
	}
	sum, cnt := 0, 0
	for v := range c {
		sum += v
		cnt++
	}
	fmt.Println(cnt, sum)
}
