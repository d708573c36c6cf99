// checks: a WaitGroup passed by value is a copy: the Wait on the
// original never returns, a deadlock Go reports with exit 2
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id, "done")
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		worker(i, wg)
	}
	wg.Wait()
	fmt.Println("all workers finished")
}
