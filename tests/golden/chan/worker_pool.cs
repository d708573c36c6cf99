// checks: a pool of workers; results are summed so order does not matter
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	go func() {
		for i := 1; i <= 1000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, n := 0, 0
	for r := range results {
		sum += r
		n++
	}
	fmt.Println(n, sum)
}
