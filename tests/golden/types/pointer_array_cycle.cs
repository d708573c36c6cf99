// A type cycle through a pointer to an array is valid: the array behind
// the pointer needs no complete element while the types are declared.
package main

import "fmt"

type T18 *[3]T19
type T19 T18

type Node struct {
	kids *[2]Tree
	val  int
}
type Tree *Node

func sum(t Tree) int {
	if t == nil {
		return 0
	}
	s := t.val
	if t.kids != nil {
		s += sum(t.kids[0]) + sum(t.kids[1])
	}
	return s
}

func main() {
	var a [3]T19
	var p T18 = &a
	a[1] = T19(p)
	fmt.Println(a[0] == nil, a[1] != nil, len(*p))

	leaf := &Node{val: 2}
	root := &Node{val: 1, kids: &[2]Tree{leaf, &Node{val: 3}}}
	fmt.Println(sum(root))
}
