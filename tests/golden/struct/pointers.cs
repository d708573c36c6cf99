// checks: &T{}, new(T), automatic dereference of p.f, pointer aliasing
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	n := new(Node)
	n.Val = 9
	m := n
	m.Val++
	fmt.Println(n.Val, (*n).Val, n == m)
	fmt.Println(*n)
}
