package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var flag int32
	var steps int64
	go func() {
		for i := 0; i < 1000; i++ {
			atomic.AddInt64(&steps, 1)
		}
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
	}
	fmt.Println("flag seen, steps", atomic.LoadInt64(&steps))
	// ping-pong through atomics, both spinning
	var turn int32
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			for atomic.LoadInt32(&turn) != 1 {
			}
			atomic.StoreInt32(&turn, 0)
		}
		done <- true
	}()
	for i := 0; i < 5; i++ {
		for atomic.LoadInt32(&turn) != 0 {
		}
		atomic.StoreInt32(&turn, 1)
	}
	<-done
	fmt.Println("spin ping-pong done")
}
