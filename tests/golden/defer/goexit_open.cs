// checks: runtime.Goexit runs open-coded and recorded deferred calls of
// every frame (recover returns nil in them), then ends the goroutine
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func deep(wg *sync.WaitGroup, log *[]string) {
	defer func() { *log = append(*log, fmt.Sprint("deep recover: ", recover())) }()
	for i := 0; i < 2; i++ {
		defer func(i int) { *log = append(*log, fmt.Sprint("deep loop ", i)) }(i)
	}
	runtime.Goexit()
}

func worker(wg *sync.WaitGroup, log *[]string) {
	defer wg.Done()
	defer func() { *log = append(*log, "worker") }()
	deep(wg, log)
	*log = append(*log, "not reached")
}

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go worker(&wg, &log)
	wg.Wait()
	fmt.Println(log)
}
