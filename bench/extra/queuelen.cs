package main

// A buffered channel used as a queue: producers watch len(q) against
// cap(q) for back-pressure (yielding when it is nearly full), a
// monitor samples the queue length, and consumers drain it with
// non-blocking receives in batches.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

type job struct {
	id, prod int
	payload  [4]int
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	q := make(chan job, 1024)
	var pwg, cwg sync.WaitGroup
	yields := make([]int, 4)
	for p := 0; p < 4; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for i := 0; i < n/4; i++ {
				for len(q) > cap(q)-8 {
					yields[p]++
					runtime.Gosched()
				}
				q <- job{i, p, [4]int{i, i * 2, i * 3, p}}
			}
		}(p)
	}
	results := make(chan [2]int, 3)
	for c := 0; c < 3; c++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			sum, batches := 0, 0
			for {
				j, ok := <-q
				if !ok {
					break
				}
				sum += j.payload[0] + j.payload[1] - j.payload[2] + j.prod
				batches++
			drain:
				for k := 0; k < 31; k++ {
					select {
					case j, ok := <-q:
						if !ok {
							break drain
						}
						sum += j.payload[0] + j.payload[1] - j.payload[2] + j.prod
					default:
						break drain
					}
				}
			}
			results <- [2]int{sum, batches}
		}()
	}
	pwg.Wait()
	close(q)
	cwg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r[0]
	}
	fmt.Println("jobs", n/4*4, "sum", sum, "cap", cap(q), "len", len(q))
}
