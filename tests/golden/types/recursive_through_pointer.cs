package main

import "fmt"

type Tree struct {
	root  Node
	nodes map[string]Node
	ch    chan Tree
	f     func(Tree) Tree
}

type Node struct {
	tree     *Tree
	children []Node
	arr      [2]*Node
}

type I interface{ M(S) I }
type S struct {
	i   I
	arr [1]W
}
type W struct{ s []S }

type A struct{ b *B }
type B struct{ c C }
type C struct{ a A }

func main() {
	var t Tree
	t.root.tree = &t
	t.root.children = append(t.root.children, Node{})
	fmt.Println(len(t.root.children), t.root.tree == &t, t.nodes == nil)
	var s S
	s.arr[0].s = []S{{}}
	fmt.Println(len(s.arr[0].s), s.i == nil)
	var a A
	a.b = &B{C{A{}}}
	fmt.Println(a.b.c.a.b == nil)
	fmt.Printf("%+v\n", C{})
}
