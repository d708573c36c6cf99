package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func withDefer(x int) (r int) {
	defer func() { r += x }()
	return x * 2
}

func makeAdders(n int) []func(int) int {
	fs := make([]func(int) int, n)
	for i := 0; i < n; i++ {
		k := i
		fs[i] = func(x int) int { return x + k }
	}
	return fs
}

func main() {
	c := &counter{}
	for i := 0; i < 1000000; i++ {
		c.inc()
	}
	fmt.Println(c.n)
	s := 0
	for i := 0; i < 1000000; i++ {
		s += withDefer(i)
	}
	fmt.Println(s)
	adders := makeAdders(100)
	t := 0
	for i := 0; i < 100000; i++ {
		t = adders[i%100](t) % 1000003
	}
	fmt.Println(t)
	acc := func() func() int {
		sum := 0
		return func() int { sum++; return sum }
	}()
	for i := 0; i < 99; i++ {
		acc()
	}
	fmt.Println(acc())
	// loop variable capture, Go 1.19 semantics
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
}
