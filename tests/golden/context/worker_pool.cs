// checks: a pool of workers stopped by canceling a context: each worker
// selects on jobs and ctx.Done(), and all exit once cancel is called
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup, stopped chan<- int) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			stopped <- id
			return
		case j := <-jobs:
			results <- j * j
		}
	}
}

func runPool(ctx context.Context, cancel context.CancelFunc, workers, njobs int) {
	jobs := make(chan int)
	results := make(chan int)
	stopped := make(chan int, workers)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg, stopped)
	}
	go func() {
		for j := 1; j <= njobs; j++ {
			jobs <- j
		}
	}()
	sum := 0
	for i := 0; i < njobs; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
	if cancel != nil {
		cancel()
	}
	wg.Wait()
	close(stopped)
	n := 0
	for range stopped {
		n++
	}
	fmt.Println("workers stopped:", n, "err:", ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	runPool(ctx, cancel, 8, 100)

	// the same pool, stopped by a parent's cancel through a value and a timeout layer
	parent, parentCancel := context.WithCancel(context.Background())
	child, childCancel := context.WithTimeout(context.WithValue(parent, "pool", 2), time.Hour)
	defer childCancel()
	runPool(child, parentCancel, 4, 50)

	// and by its deadline: no cancel call at all (no jobs, so a slow
	// machine cannot see the deadline pass with work still queued)
	timed, timedCancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer timedCancel()
	runPool(timed, nil, 3, 0)
}
