// checks: close wakes every receiver waiting on the channel
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok := <-start
			mu.Lock()
			if !ok {
				woken++
			}
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println("woken:", woken)
}
