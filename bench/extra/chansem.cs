package main

// A channel used as a counting semaphore: many goroutines, at most 4
// inside the critical section at once, checked with atomics.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

func work(i int) int {
	s := 0
	for k := 0; k < 200; k++ {
		s += (i ^ k) % 13
	}
	return s
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const limit = 4
	sem := make(chan struct{}, limit)
	var inside, peak, total int64
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			now := atomic.AddInt64(&inside, 1)
			for {
				p := atomic.LoadInt64(&peak)
				if now <= p || atomic.CompareAndSwapInt64(&peak, p, now) {
					break
				}
			}
			atomic.AddInt64(&total, int64(work(i)))
			atomic.AddInt64(&inside, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println(n, total, peak <= limit, atomic.LoadInt64(&inside))
}
