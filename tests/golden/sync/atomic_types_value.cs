package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name string
	ver  int
}

func main() {
	var b atomic.Bool
	fmt.Println(b.Load())
	b.Store(true)
	fmt.Println(b.Load(), b.Swap(false), b.Load(), b.CompareAndSwap(false, true), b.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"a", 1})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for {
				old := v.Load().(config)
				if v.CompareAndSwap(old, config{old.name, old.ver + 1}) {
					return
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(v.Load())
	var u32 atomic.Uint32
	u32.Store(1)
	u32.Add(^uint32(0))
	fmt.Println(u32.Load())
	var i32 int32 = 5
	fmt.Println(atomic.SwapInt32(&i32, 9), i32, atomic.CompareAndSwapInt32(&i32, 5, 1), i32)
	var u64 uint64
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			atomic.AddUint64(&u64, 3)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadUint64(&u64))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
}
