package main

import "fmt"

type T struct{ n int }

func (t *T) Get(k int) int { return t.n + k }
func (t T) Val() int        { return t.n }

type U struct {
	*T
}

type V struct {
	x int
	T
}

func main() {
	u := U{&T{5}}
	fmt.Println((*U).Get(&u, 1), U.Get(u, 2), U.Val(u), (*U).Val(&u))
	v := V{1, T{7}}
	fmt.Println((*V).Get(&v, 1), V.Val(v), (*V).Val(&v))
	f := (*V).Get
	g := U.Val
	fmt.Println(f(&v, 10), g(u))
}
