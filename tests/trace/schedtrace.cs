package main

// Run by schedtrace.sh with GODEBUG=schedtrace=20 (and scheddetail=1):
// three goroutines sleep while main waits about half a second, so several
// trace lines are printed while goroutine 1 is asleep even when a loaded
// machine delays the tracer by a few hundred ms.

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
			time.Sleep(300 * time.Millisecond)
		}()
	}
	wg.Wait()
	time.Sleep(200 * time.Millisecond)
	fmt.Println("done")
}
