package main

// Run by schedtrace.sh with GODEBUG=schedtrace=20 (and scheddetail=1):
// three goroutines sleep while main waits about 100 ms, so several trace
// lines are printed while goroutine 1 is asleep.

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(60 * time.Millisecond)
		}()
	}
	wg.Wait()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("done")
}
