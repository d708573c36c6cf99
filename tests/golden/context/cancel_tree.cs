// checks: context cancellation flows from a parent to every descendant,
// never upwards or sideways; a child of a canceled parent is born canceled
package main

import (
	"context"
	"fmt"
)

type node struct {
	name   string
	ctx    context.Context
	cancel context.CancelFunc
}

func show(nodes []node) {
	for _, n := range nodes {
		fmt.Printf(" %s=%v", n.name, n.ctx.Err())
	}
	fmt.Println()
}

func main() {
	root, rootCancel := context.WithCancel(context.Background())
	a, aCancel := context.WithCancel(root)
	b, bCancel := context.WithCancel(root)
	a1, a1Cancel := context.WithCancel(a)
	a2, a2Cancel := context.WithCancel(context.WithValue(a, "k", "v"))
	b1, b1Cancel := context.WithCancel(b)
	nodes := []node{{"root", root, rootCancel}, {"a", a, aCancel}, {"b", b, bCancel},
		{"a1", a1, a1Cancel}, {"a2", a2, a2Cancel}, {"b1", b1, b1Cancel}}
	// Done channels made before and after the cancels must both close
	dones := []<-chan struct{}{a1.Done(), b.Done()}
	show(nodes)

	a1Cancel()
	fmt.Print("cancel a1:")
	show(nodes)

	aCancel()
	fmt.Print("cancel a:")
	show(nodes)

	late, lateCancel := context.WithCancel(a2)
	defer lateCancel()
	fmt.Println("child of canceled a2:", late.Err())

	rootCancel()
	<-b1.Done()
	for _, d := range dones {
		<-d
	}
	fmt.Print("cancel root:")
	show(nodes)

	for _, n := range nodes {
		n.cancel()
	}
	fmt.Print("cancel all again:")
	show(nodes)

	// many children canceled by one parent, each seen through Done
	parent, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	for i := 0; i < 50; i++ {
		child, childCancel := context.WithCancel(parent)
		go func(i int) {
			defer childCancel()
			<-child.Done()
			results <- i
		}(i)
	}
	cancel()
	sum := 0
	for i := 0; i < 50; i++ {
		sum += <-results
	}
	fmt.Println("children done, sum", sum)

	// canceling children first, then the parent, is fine
	p, pCancel := context.WithCancel(context.Background())
	for i := 0; i < 10; i++ {
		_, c := context.WithCancel(p)
		c()
	}
	pCancel()
	fmt.Println("parent after children:", p.Err())
}
