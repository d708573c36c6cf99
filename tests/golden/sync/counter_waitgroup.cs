// checks: 10000 goroutines under a Mutex and WaitGroup count exactly
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	x := 0
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			x = x + 1
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("mutex:", x)
}
