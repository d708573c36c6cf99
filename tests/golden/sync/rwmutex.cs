// checks: RWMutex: many readers, exclusive writers; final state exact
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	data := map[int]int{}
	reads := make([]int, 10)
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.Lock()
				data[i] += w
				rw.Unlock()
			}
		}(w)
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.RLock()
				_ = data[i]
				reads[r]++
				rw.RUnlock()
			}
		}(w)
	}
	wg.Wait()
	sum, nreads := 0, 0
	for _, v := range data {
		sum += v
	}
	for _, r := range reads {
		nreads += r
	}
	fmt.Println(len(data), sum, nreads)
}
