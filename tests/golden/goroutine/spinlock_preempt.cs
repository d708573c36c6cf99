// checks: a CompareAndSwap spin lock without Gosched makes progress at
// GOMAXPROCS=1 (the holder is preempted, not starved)
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state int32 }

func (l *SpinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&l.state, 0, 1) {
	}
}

func (l *SpinLock) Unlock() { atomic.StoreInt32(&l.state, 0) }

func main() {
	runtime.GOMAXPROCS(1)
	var l SpinLock
	var wg sync.WaitGroup
	count := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				l.Lock()
				count++
				l.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)
}
