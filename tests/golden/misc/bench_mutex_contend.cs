package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	m := map[int]int{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50000; i++ {
				mu.Lock()
				counter++
				m[i%100]++
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(counter, len(m), m[0])
	var a int64
	var u atomic.Int64
	var wg2 sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := 0; i < 50000; i++ {
				atomic.AddInt64(&a, 2)
				u.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&a), u.Load())
	var rw sync.RWMutex
	shared := make([]int, 10)
	var wg3 sync.WaitGroup
	sums := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg3.Add(1)
		go func(r int) {
			defer wg3.Done()
			for i := 0; i < 10000; i++ {
				rw.RLock()
				sums[r] += shared[i%10] - shared[(i+1)%10]
				rw.RUnlock()
			}
		}(r)
	}
	for i := 0; i < 1000; i++ {
		rw.Lock()
		for j := range shared {
			shared[j]++
		}
		rw.Unlock()
	}
	wg3.Wait()
	fmt.Println(sums, shared[0])
}
