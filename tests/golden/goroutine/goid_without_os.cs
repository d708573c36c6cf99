// checks: a program that does not import os (so Go never starts its
// finalizer goroutine, id 5) numbers its first goroutines 5 and 6, as the
// deadlock trace shows (Go at GOMAXPROCS>1 occasionally starts at 17, when
// main has moved to another P's id batch; csc keeps the usual numbering)
package main

import "sync"

func main() {
	c := make(chan int)
	go func() { select {} }()
	go func() {
		var m sync.Mutex
		m.Lock()
		m.Lock()
	}()
	<-c
}
