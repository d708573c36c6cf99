// checks: Signal, Broadcast on a copy of a Cond that was used panic with
// "sync.Cond is copied", as Go's copyChecker does; an unused zero Cond is fine
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal()
	c2 := *c
	try("signal on copy", func() { c2.Signal() })
	try("broadcast on copy", func() { c2.Broadcast() })
	var fresh sync.Cond
	fresh.L = &mu
	fresh.Signal()
	fmt.Println("fresh ok")
	c3 := fresh
	try("copy of used zero cond", func() { c3.Broadcast() })
}
