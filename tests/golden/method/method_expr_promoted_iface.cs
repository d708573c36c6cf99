package main

import "fmt"

type I interface{ Sum(...int) int }

type impl int

func (k impl) Sum(xs ...int) int {
	t := int(k)
	for _, x := range xs {
		t += x
	}
	return t
}

type S struct{ I }
type P struct{ *S }

func main() {
	s := S{impl(100)}
	fmt.Println(S.Sum(s, 1, 2), (*S).Sum(&s, 3), P.Sum(P{&s}, 4), I.Sum(impl(1), 2))
	f := S.Sum
	fmt.Println(f(s))
}
