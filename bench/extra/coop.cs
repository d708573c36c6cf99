package main

// Cooperative round-robin with runtime.Gosched: goroutines each take
// small steps of a computation and yield after every step; a shared
// ring of mutex-free slots (one writer each) is combined at the end.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const workers = 8
	results := make([]uint64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			h := uint64(w + 1)
			for i := 0; i < n; i++ {
				for k := 0; k < 10; k++ {
					h = h*6364136223846793005 + 1442695040888963407
				}
				if i%1000 == 999 {
					h ^= h >> 29
				}
				runtime.Gosched()
			}
			results[w] = h
		}(w)
	}
	wg.Wait()
	x := uint64(0)
	for _, r := range results {
		x ^= r
	}
	fmt.Println(workers*n, x%1000000007, runtime.NumGoroutine())
}
