// checks: goroutines write results into their own slots; WaitGroup waits
package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	const n = 20
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = square(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
