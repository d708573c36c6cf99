// runtime.Goexit runs the goroutine's deferred calls (where recover
// returns nil) and ends only that goroutine.
package main

import (
	"fmt"
	"runtime"
)

func worker(done chan bool) {
	defer func() { done <- true }()
	defer func() { fmt.Println("deferred, recover:", recover()) }()
	func() {
		defer fmt.Println("inner deferred")
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	fmt.Println("main goes on")
}
