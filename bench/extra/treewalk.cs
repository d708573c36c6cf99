package main

// Expression trees behind an interface: build random trees, evaluate
// them recursively through method calls, count nodes with a type
// switch, simplify into new trees and print one small tree.

import (
	"fmt"
	"os"
	"strconv"
)

type Node interface {
	Eval(env []int) int
	String() string
}

type Num struct{ v int }
type Var struct{ i int }
type Add struct{ l, r Node }
type Mul struct{ l, r Node }
type Neg struct{ x Node }

func (n Num) Eval(env []int) int  { return n.v }
func (v Var) Eval(env []int) int  { return env[v.i] }
func (a *Add) Eval(env []int) int { return a.l.Eval(env) + a.r.Eval(env) }
func (m *Mul) Eval(env []int) int { return m.l.Eval(env) * m.r.Eval(env) % 1000003 }
func (n *Neg) Eval(env []int) int { return -n.x.Eval(env) }

func (n Num) String() string  { return strconv.Itoa(n.v) }
func (v Var) String() string  { return "x" + strconv.Itoa(v.i) }
func (a *Add) String() string { return "(" + a.l.String() + " + " + a.r.String() + ")" }
func (m *Mul) String() string { return a2(m.l) + "*" + a2(m.r) }
func (n *Neg) String() string { return "-" + a2(n.x) }

func a2(n Node) string {
	if _, ok := n.(*Neg); ok {
		return "(" + n.String() + ")"
	}
	return n.String()
}

type rng struct{ x uint32 }

func (r *rng) next(m int) int {
	r.x ^= r.x << 13
	r.x ^= r.x >> 17
	r.x ^= r.x << 5
	return int(r.x % uint32(m))
}

func build(r *rng, depth int) Node {
	if depth == 0 || r.next(8) == 0 {
		if r.next(2) == 0 {
			return Num{r.next(10)}
		}
		return Var{r.next(4)}
	}
	switch r.next(5) {
	case 0, 1:
		return &Add{build(r, depth-1), build(r, depth-1)}
	case 2, 3:
		return &Mul{build(r, depth-1), build(r, depth-1)}
	}
	return &Neg{build(r, depth-1)}
}

func count(n Node) (nodes, leaves int) {
	switch t := n.(type) {
	case Num, Var:
		return 1, 1
	case *Add:
		a, b := count(t.l)
		c, d := count(t.r)
		return a + c + 1, b + d
	case *Mul:
		a, b := count(t.l)
		c, d := count(t.r)
		return a + c + 1, b + d
	case *Neg:
		a, b := count(t.x)
		return a + 1, b
	}
	return 0, 0
}

// simplify folds constant subtrees and double negations.
func simplify(n Node) Node {
	switch t := n.(type) {
	case *Add:
		l, r := simplify(t.l), simplify(t.r)
		if a, ok := l.(Num); ok {
			if b, ok := r.(Num); ok {
				return Num{a.v + b.v}
			}
		}
		return &Add{l, r}
	case *Mul:
		l, r := simplify(t.l), simplify(t.r)
		if a, ok := l.(Num); ok {
			if b, ok := r.(Num); ok {
				return Num{a.v * b.v % 1000003}
			}
			if a.v == 0 {
				return Num{0}
			}
		}
		return &Mul{l, r}
	case *Neg:
		x := simplify(t.x)
		if inner, ok := x.(*Neg); ok {
			return inner.x
		}
		if a, ok := x.(Num); ok {
			return Num{-a.v}
		}
		return &Neg{x}
	}
	return n
}

func main() {
	n := 60
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	r := &rng{2463534242}
	sum, nodes, leaves, snodes := 0, 0, 0, 0
	env := []int{1, 2, 3, 4}
	for t := 0; t < n; t++ {
		tree := build(r, 18)
		a, b := count(tree)
		nodes += a
		leaves += b
		s := simplify(tree)
		c, _ := count(s)
		snodes += c
		for e := 0; e < 20; e++ {
			env[e%4] = e*3 + t
			v1, v2 := tree.Eval(env), s.Eval(env)
			if v1 != v2 {
				fmt.Println("simplify changed the value", t, e, v1, v2)
			}
			sum = (sum + v1) % 1000000007
		}
	}
	fmt.Println(nodes, leaves, snodes, sum)
	fmt.Println(simplify(build(r, 3)).String())
}
