package main

// A run-time panic names the functions on the panicking goroutine's stack.
// The calls go through an interface and a func value so that gcc cannot
// inline them away.

import "fmt"

type Getter interface{ Get(i int) int }

type T struct{ a []int }

func (t *T) Get(i int) int { return t.a[i] }

var hooks = []func(Getter, int) int{apply}

func apply(g Getter, i int) int {
	return g.Get(i) + 1
}

func main() {
	t := &T{a: []int{1, 2, 3}}
	fmt.Println(hooks[0](t, 1))
	fmt.Println(hooks[0](t, 5))
}
