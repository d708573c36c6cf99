package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for round := 0; round < 5; round++ {
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				mu.Lock()
				total += i * round
				mu.Unlock()
			}(i)
		}
		wg.Wait()
	}
	fmt.Println(total)
	wg.Wait()
	wg.Add(3)
	go func() {
		wg.Add(-2)
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("done")
	var wgs [3]sync.WaitGroup
	for i := range wgs {
		wgs[i].Add(1)
	}
	for i := range wgs {
		go func(i int) {
			if i > 0 {
				wgs[i-1].Wait()
			}
			fmt.Println("stage", i)
			wgs[i].Done()
		}(i)
	}
	wgs[2].Wait()
}
