// checks: sync/atomic Add, Load, Store, CompareAndSwap, Swap
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var u uint32
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
				atomic.AddUint32(&u, 2)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), atomic.LoadUint32(&u))
	var x int32
	atomic.StoreInt32(&x, 5)
	fmt.Println(atomic.CompareAndSwapInt32(&x, 5, 6), atomic.CompareAndSwapInt32(&x, 5, 7), x)
	old := atomic.SwapInt32(&x, 9)
	var y uint64 = 1
	atomic.AddUint64(&y, ^uint64(0))
	fmt.Println(old, atomic.LoadInt32(&x), y)
}
