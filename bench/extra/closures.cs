package main

import (
	"fmt"
	"os"
	"strconv"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func mapInts(a []int, f func(int) int) []int {
	out := make([]int, len(a))
	for i, v := range a {
		out[i] = f(v)
	}
	return out
}

func fold(a []int, z int, f func(int, int) int) int {
	for _, v := range a {
		z = f(z, v)
	}
	return z
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	inc, reset := counter()
	t := 0
	for i := 0; i < n; i++ {
		t += inc()
		if i%1000 == 999 {
			reset()
		}
	}
	f := compose(func(x int) int { return x*3 + 1 }, func(x int) int { return x ^ (x >> 3) })
	for i := 0; i < 5; i++ {
		f = compose(f, func(x int) int { return x + i })
	}
	acc := 0
	for i := 0; i < n/2; i++ {
		acc = (acc + f(i)) % 1000000007
	}
	a := make([]int, 1000)
	for i := range a {
		a[i] = i
	}
	s := 0
	for r := 0; r < n/1000; r++ {
		b := mapInts(a, func(x int) int { return x*r + 1 })
		s += fold(b, 0, func(z, v int) int { return (z + v) % 99991 })
	}
	var fib func(int) int
	fib = memo(func(k int) int {
		if k < 2 {
			return k
		}
		return (fib(k-1) + fib(k-2)) % 1000000007
	})
	var defers int
	for i := 0; i < n/10; i++ {
		func() {
			defer func() { defers++ }()
		}()
	}
	fmt.Println(t, acc, s, fib(90), defers)
}
