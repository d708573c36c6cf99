// worker_pool.cs: a fixed pool of workers takes jobs from one channel and
// sends results to another. Results arrive in any order, so main stores
// each under its job number and prints them in order at the end.
// Run: build/csc samples/worker_pool.cs -o worker_pool && ./worker_pool
package main

import (
	"fmt"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, steps int }

// collatz counts the steps from n down to 1.
func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, collatz(j.n)}
	}
}

func main() {
	const workers, njobs = 4, 20
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i := 0; i < njobs; i++ {
			jobs <- job{i, 27 + i}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	steps := make([]int, njobs)
	for r := range results {
		steps[r.id] = r.steps
	}
	for i, s := range steps {
		fmt.Printf("collatz(%d) takes %d steps\n", 27+i, s)
	}
}
