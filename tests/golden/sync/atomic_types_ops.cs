package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Int64
	var u atomic.Uint32
	var b atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			u.Add(2)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())
	fmt.Println("u:", u.Load())
	fmt.Println(b.Load(), b.Swap(true), b.Load())
	fmt.Println(ops.CompareAndSwap(50000, 7), ops.Load())
	fmt.Println(ops.Swap(9), ops.Load())
	ops.Store(-3)
	fmt.Println(ops.Load())
	var i32 atomic.Int32
	i32.Add(-5)
	fmt.Println(i32.Load())
	var u64 atomic.Uint64
	u64.Add(^uint64(0))
	fmt.Println(u64.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load())
	var n int32
	fmt.Println(atomic.AddInt32(&n, 3), atomic.CompareAndSwapInt32(&n, 2, 5), atomic.CompareAndSwapInt32(&n, 3, 5), n)
	var x uint32 = 10
	atomic.AddUint32(&x, ^uint32(0))
	fmt.Println(x, atomic.SwapUint32(&x, 1), atomic.LoadUint32(&x))
}
