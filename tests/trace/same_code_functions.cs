package main

// Run by frames.sh: a panic in one of two methods with the same code,
// called through one of two functions with the same code. gcc folded the
// panicking part of (*B).Check into (*A).Check's (identical code
// folding): the traceback showed (*A).Check at A's line above (*B).Check.

import "fmt"

type A struct{ n int }
type B struct{ n int }

func (a *A) Check(i int) int {
	if i > 2 {
		panic(fmt.Sprint("bad ", i))
	}
	return a.n + i
}

func (b *B) Check(i int) int {
	if i > 2 {
		panic(fmt.Sprint("bad ", i))
	}
	return b.n + i
}

type Checker interface{ Check(i int) int }

func first(c Checker, i int) int {
	return c.Check(i) * 2
}

func second(c Checker, i int) int {
	return c.Check(i) * 2
}

var calls = []func(Checker, int) int{first, second}

func main() {
	fmt.Println(calls[0](&A{1}, 1), calls[1](&B{1}, 2))
	fmt.Println(calls[0](&B{3}, 1))
	fmt.Println(calls[1](&B{3}, 5))
}
