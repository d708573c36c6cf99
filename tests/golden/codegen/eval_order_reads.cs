package main

import (
	"fmt"
	"strings"
)

type P struct{ X, Y int }

func (p P) Sum() int { return p.X + p.Y }

var g = 1

func bump() int { g *= 10; return g }

type stack struct{ items []int }

func (s *stack) pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *stack) Len() int { return len(s.items) }

// gc evaluates calls (and len, cap, slicing, receives) left to right first
// and reads plain operands afterwards; a local struct, bool or pointer
// variable going into an interface is copied in sequence (convT by address).
func main() {
	p := P{1, 2}
	mod := func() int { p.X = 100; return 0 }
	fmt.Println(p, mod())
	p = P{1, 2}
	fmt.Println(p.X, mod(), p.Sum())
	fmt.Println(g, bump(), g, bump())
	arr := []int{0, 0, 0}
	i := 0
	next := func() int { i++; return i }
	arr[i] = next()
	fmt.Println(arr, i)
	x := 1
	y := 2
	x, y = y+bump(), x
	fmt.Println(x, y)
	s := &stack{[]int{1, 2, 3, 4}}
	fmt.Println(s.Len(), s.pop(), len(s.items), s.pop())
	str := "a"
	app := func() string { str += "b"; return "!" }
	res := str + app() + str
	fmt.Println(res)
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.Len(), sb.String(), func() int { sb.WriteString("yy"); return 0 }(), sb.Len())
	m := map[string]int{"k": 1}
	incm := func() int { m["k"]++; return m["k"] }
	fmt.Println(m["k"], incm(), m["k"])
	k := 5
	ptr := &k
	setk := func() int { *ptr = 7; return 1 }
	fmt.Println(*ptr+setk(), k)
	ch := make(chan int, 3)
	ch <- 10
	ch <- 20
	z := 0
	fmt.Println(z, <-ch, func() int { z = 9; return <-ch }(), z)
	vals := []int{g, bump()}
	fmt.Println(vals)
	type T struct{ A, B int }
	t := T{A: g, B: bump()}
	fmt.Println(t)
	q := 3
	dbl := func() int { q *= 2; return q }
	fmt.Println(q*q, dbl(), q > 5 && dbl() > 0, q)
	fmt.Println(max2(q, dbl()), q)
	if q < dbl() {
		fmt.Println("cond", q)
	}
	switch q + dbl() {
	default:
		fmt.Println("sw", q)
	}
	r := ret2()
	fmt.Println(r)
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

var rv = 1

func ret2() int {
	f := func() int { rv = 50; return 1 }
	return rv + f()
}

func init() {
	a := 1
	f := func() int { a++; return a }
	fmt.Println(a, f())
	x := []int{1, 2, 3}
	g := func() int { x[0] = 100; return 5 }
	fmt.Println(x[0], g())
	b := a + f()
	fmt.Println(b)
	s := "a"
	h := func() string { s = "changed"; return "h" }
	fmt.Println(s+"!", h())
	var arr = [2]int{a, f()}
	fmt.Println(arr)
	ok := false
	setok := func() int { ok = true; return 0 }
	fmt.Println(ok, setok(), ok)
	sl := []int{1, 2, 3}
	shrink := func() int { sl = sl[:1]; return 0 }
	fmt.Println(len(sl), sl[:2], shrink(), len(sl), sl)
}
