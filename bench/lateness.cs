// lateness: how late 100,000 sleeping goroutines wake (issue 4's "all
// wake within a few milliseconds of their deadlines"). Goroutine i sleeps
// 1 + i%50 ms from the moment it first runs; each records how long after
// its deadline it ran again. Prints the median, 99th percentile and
// maximum in microseconds. Size: goroutines (default 100000).
// Not a check-value benchmark: bench/run reports it in its own table.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
	"time"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	late := make([]time.Duration, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		d := time.Duration(1+i%50) * time.Millisecond
		go func(i int) {
			t0 := time.Now()
			time.Sleep(d)
			late[i] = time.Since(t0) - d
			wg.Done()
		}(i)
	}
	wg.Wait()
	sort.Slice(late, func(a, b int) bool { return late[a] < late[b] })
	us := func(d time.Duration) int64 { return int64(d / time.Microsecond) }
	fmt.Println("lateness_us median", us(late[n/2]), "p99", us(late[n*99/100]), "max", us(late[n-1]))
}
