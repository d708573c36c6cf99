// checks: goroutines spinning in long counted loops whose preemption check
// runs once per chunk of iterations (or in short loops with none) still let
// main run at GOMAXPROCS=1.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink [8]int
var bytes = make([]byte, 1<<16)

func upTo(n int) {
	for i := 0; i < n; i++ {
		sink[i&7] += i
	}
}

func downFrom(n int64) {
	for i := n; i > 0; i-- {
		sink[i&7]--
	}
}

func constBound() {
	for i := uint64(0); i < 1<<62; i++ {
		sink[i&7] ^= int(i)
	}
}

func shortInLong() {
	for {
		for i := 0; i < 1000; i++ {
			sink[i&7]++
		}
	}
}

func rangeSlice() {
	for {
		s := bytes
		for i, b := range s {
			sink[i&7] += int(b)
		}
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go upTo(1 << 62)
	go downFrom(1 << 62)
	go constBound()
	go shortInLong()
	go rangeSlice()
	for i := 0; i < 3; i++ {
		time.Sleep(5 * time.Millisecond)
		runtime.Gosched()
		fmt.Println("main ran", i)
	}
}
