package main

// A ticker-driven batcher: items arrive on a channel; the batcher
// flushes when a batch is full or when its time.Ticker fires, whichever
// comes first. The consumer checks order and sums; the number of
// batches depends on timing, so only totals are printed.

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

const maxBatch = 64

func batcher(in <-chan int, out chan<- []int) {
	ticker := time.NewTicker(500 * time.Microsecond)
	defer ticker.Stop()
	batch := make([]int, 0, maxBatch)
	flush := func() {
		if len(batch) > 0 {
			out <- batch
			batch = make([]int, 0, maxBatch)
		}
	}
	for {
		select {
		case v, ok := <-in:
			if !ok {
				flush()
				close(out)
				return
			}
			batch = append(batch, v)
			if len(batch) == maxBatch {
				flush()
			}
		case <-ticker.C:
			flush()
		}
	}
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	in := make(chan int, 256)
	out := make(chan []int, 8)
	go func() {
		for i := 0; i < n; i++ {
			in <- i
		}
		close(in)
	}()
	go batcher(in, out)
	count, sum, next, ordered, biggest := 0, 0, 0, true, 0
	for b := range out {
		if len(b) > biggest {
			biggest = len(b)
		}
		for _, v := range b {
			if v != next {
				ordered = false
			}
			next++
			count++
			sum += v % 1000
		}
	}
	fmt.Println(count, sum, ordered, biggest <= maxBatch)
}
