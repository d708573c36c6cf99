// runtime.SetFinalizer with a named interface parameter, and a finalizer
// with two results (ignored).
package main

import (
	"fmt"
	"io"
	"runtime"
	"time"
)

type R struct {
	name string
	pad  [8]int
}

func (r *R) Close() error { ran <- "close " + r.name; return nil }

var ran = make(chan string, 8)

func make1() {
	r := &R{name: "closer"}
	runtime.SetFinalizer(r, func(c io.Closer) { c.Close() })
	r2 := &R{name: "two"}
	runtime.SetFinalizer(r2, func(r *R) (int, error) { ran <- "two results " + r.name; return 1, nil })
}

func main() {
	done := make(chan bool)
	go func() { make1(); done <- true }()
	<-done
	for i := 0; i < 5000 && len(ran) < 2; i++ { // bounded by seconds: a loaded machine runs finalizers late
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	a, b := <-ran, <-ran
	if a > b {
		a, b = b, a
	}
	fmt.Println(a, "|", b)
}
