package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var u atomic.Uintptr
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u.Add(3)
		}()
	}
	wg.Wait()
	fmt.Println(u.Load())
	fmt.Println(u.CompareAndSwap(60, 1), u.CompareAndSwap(60, 2), u.Load())
	fmt.Println(u.Swap(9), u.Load())
	u.Store(^uintptr(0))
	fmt.Println(u.Add(2))
	fmt.Printf("%T\n", u.Load())
}
