// Large allocations while 100,000 goroutines are blocked: the collector
// must not black-list its own heap into uselessness. Scanning the G
// structs conservatively once put every goroutine's stack bounds into
// Boehm's black list, and a 64 KiB or larger allocation (a growing
// timer heap, a make of a big slice) then searched for unlisted blocks
// for minutes. Here the sleepers' timers fill one big heap and main
// makes large slices; it must finish in a second or two.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			time.Sleep(time.Duration(20+i%30) * time.Millisecond)
			wg.Done()
		}(i)
	}
	total := 0
	for k := 0; k < 300; k++ {
		b := make([]*int, 16384+k*64)
		total += len(b)
	}
	wg.Wait()
	fmt.Println("allocated", total)
}
