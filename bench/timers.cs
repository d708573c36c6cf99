// timers: N goroutines each sleep 1-50 ms, then report.
// Size: sleepers (default 100000). Check value: N.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	wg.Add(n)
	for i := 0; i < n; i++ {
		d := time.Duration(1+i%50) * time.Millisecond
		go func() {
			time.Sleep(d)
			mu.Lock()
			woke++
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(woke)
}
