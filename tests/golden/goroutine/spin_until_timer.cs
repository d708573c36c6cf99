// checks: at GOMAXPROCS=1 a spinning main is preempted so that an AfterFunc
// and a sleeping goroutine get to run and end the spin
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var flag int32
	time.AfterFunc(10*time.Millisecond, func() { atomic.StoreInt32(&flag, 1) })
	n := 0
	for atomic.LoadInt32(&flag) == 0 {
		n++
	}
	fmt.Println("flag seen after spinning:", n > 0)
	var flag2 int32
	go func() {
		time.Sleep(5 * time.Millisecond)
		atomic.StoreInt32(&flag2, 1)
	}()
	for atomic.LoadInt32(&flag2) == 0 {
	}
	fmt.Println("sleeper woke while main spun")
}
