package main

// Chained generators: a closure-based generator feeds a chain of
// channel stages, each applying a closure built by composing smaller
// ones; a final stage filters with a closure over a captured counter.

import (
	"fmt"
	"os"
	"strconv"
)

func counterGen(start, step int) func() int {
	x := start
	return func() int {
		v := x
		x += step
		return v
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func source(next func() int, n int) <-chan int {
	out := make(chan int, 64)
	go func() {
		for i := 0; i < n; i++ {
			out <- next()
		}
		close(out)
	}()
	return out
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int, 64)
	go func() {
		for v := range in {
			out <- f(v)
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 64)
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
	n := 600000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var c <-chan int = source(counterGen(7, 3), n)
	f := func(x int) int { return x }
	for k := 1; k <= 6; k++ {
		k := k
		add := func(x int) int { return x + k }
		mul := func(x int) int { return (x * (k + 1)) % 1000003 }
		f = compose(f, compose(add, mul))
		c = stage(c, compose(add, mul))
	}
	rejected := 0
	c = filter(c, func(v int) bool {
		if v%3 == 0 {
			rejected++
			return false
		}
		return true
	})
	sum, cnt, direct := 0, 0, 0
	for v := range c {
		sum = (sum + v) % 1000000007
		cnt++
	}
	next := counterGen(7, 3)
	for i := 0; i < n; i++ {
		v := f(next())
		if v%3 != 0 {
			direct = (direct + v) % 1000000007
		}
	}
	fmt.Println(cnt, rejected, sum, direct, sum == direct)
}
