// runtime.SetFinalizer: a finalizer runs on the finalizer goroutine after a
// collection finds its object unreachable; nil clears it; method
// expressions and interface parameters; an object before what it points to.

package main

import (
	"fmt"
	"runtime"
	"time"
)

type Resource struct {
	name string
	data [64]int
}

type Node struct {
	name string
	next *Node
}

var ran = make(chan string, 16)

func newResource(name string) {
	r := &Resource{name: name}
	runtime.SetFinalizer(r, func(r *Resource) { ran <- "finalized " + r.name })
}

func newCleared() {
	r := &Resource{name: "cleared"}
	runtime.SetFinalizer(r, func(r *Resource) { ran <- "never " + r.name })
	runtime.SetFinalizer(r, nil)
}

func (r *Resource) Close() error {
	ran <- "closed " + r.name
	return nil
}

func newMethodExpr() {
	r := &Resource{name: "method"}
	runtime.SetFinalizer(r, (*Resource).Close)
}

func newIface() {
	r := &Resource{name: "iface"}
	runtime.SetFinalizer(r, func(x any) { ran <- fmt.Sprintf("any %T", x) })
}

// a points to b; both have finalizers: a is finalized first, b only
// in a later collection.
func newChain() {
	b := &Node{name: "b"}
	a := &Node{name: "a", next: b}
	fin := func(n *Node) { ran <- "node " + n.name }
	runtime.SetFinalizer(a, fin)
	runtime.SetFinalizer(b, fin)
}

func collect(want int) []string {
	var got []string
	for i := 0; i < 5000 && len(got) < want; i++ { // bounded by seconds: a loaded machine runs finalizers late
		runtime.GC()
		time.Sleep(time.Millisecond)
		for len(ran) > 0 {
			got = append(got, <-ran)
		}
	}
	return got
}

// in a goroutine of its own, whose stack is gone when it ends: no
// stale copy of the pointer keeps the object alive
func run(f func()) {
	done := make(chan bool)
	go func() {
		f()
		done <- true
	}()
	<-done
}

func main() {
	run(func() { newResource("one") })
	for _, s := range collect(1) {
		fmt.Println(s)
	}
	run(newCleared)
	run(newMethodExpr)
	for _, s := range collect(1) {
		fmt.Println(s)
	}
	run(newIface)
	for _, s := range collect(1) {
		fmt.Println(s)
	}
	run(newChain)
	got := collect(2)
	fmt.Println(len(got), got)
	fmt.Println(runtime.NumGoroutine())
}
