package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

func main() {
	n := 4000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var hits int64
	var flags uint32
	var maxSeen int64
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < n; i++ {
				atomic.AddInt64(&hits, 1)
				v := int64(i*4 + g)
				for {
					cur := atomic.LoadInt64(&maxSeen)
					if v <= cur || atomic.CompareAndSwapInt64(&maxSeen, cur, v) {
						break
					}
				}
				if i%100000 == 0 {
					for {
						f := atomic.LoadUint32(&flags)
						if atomic.CompareAndSwapUint32(&flags, f, f|1<<uint(g)) {
							break
						}
					}
					runtime.Gosched()
				}
			}
		}(g)
	}
	wg.Wait()
	var spin int32
	var done int32
	var wg2 sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < n/4; i++ {
				for !atomic.CompareAndSwapInt32(&spin, 0, 1) {
					runtime.Gosched()
				}
				done++
				atomic.StoreInt32(&spin, 0)
			}
		}()
	}
	wg2.Wait()
	var c atomic.Int64
	c.Store(5)
	c.Add(10)
	old := atomic.SwapInt64(&hits, 0)
	fmt.Println(old, atomic.LoadInt64(&maxSeen), atomic.LoadUint32(&flags), done, c.Load())
}
