package main

import "fmt"

type A struct {
	b *B
	f func(C) C
	s []D
	c chan E
	m map[string]F
	n int
}

type B struct {
	a  A
	bs [2]*B
}

type C struct {
	a A
	x int
}

type D struct{ a A }
type E struct{ a A }
type F struct{ a A }

type Tree struct {
	Left, Right *Node
}

type Node struct {
	Tree
	Val int
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Left.Sum() + n.Right.Sum()
}

type G struct{ h H }
type H = *G

type Visitor interface {
	Visit(n *Leaf) Visitor
}
type Leaf struct {
	v Visitor
	k int
}

type printer struct{ depth int }

func (p printer) Visit(n *Leaf) Visitor {
	fmt.Println("visit", n.k, p.depth)
	return printer{p.depth + 1}
}

func main() {
	var a A
	a.b = &B{a: A{n: 7}}
	a.f = func(c C) C { c.x++; return c }
	a.s = []D{{a: A{n: 1}}}
	a.c = make(chan E, 1)
	a.c <- E{A{n: 3}}
	a.m = map[string]F{"k": {A{n: 4}}}
	fmt.Println(a.b.a.n, a.f(C{x: 1}).x, a.s[0].a.n, (<-a.c).a.n, a.m["k"].a.n)
	t := &Node{Tree{&Node{Val: 2}, &Node{Tree{nil, &Node{Val: 5}}, 3}}, 1}
	fmt.Println(t.Sum())
	g := G{h: &G{}}
	fmt.Println(g.h.h == nil)
	l := &Leaf{printer{}, 9}
	l.v.Visit(l).Visit(l)
	fmt.Printf("%+v\n", C{x: 2})
}
