// counters: one shared counter incremented by 4 goroutines in five
// styles, each checked against the exact total: a sync.Mutex-guarded
// struct, an owner goroutine fed increments over a buffered channel
// (requests batched in values) and asked for the total through a reply
// channel, atomic.AddInt64, an atomic.Int64 with CompareAndSwap retry,
// and per-goroutine padded shards summed at the end.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

const goroutines = 4

type mutexCounter struct {
	mu sync.Mutex
	n  int64
}

func (c *mutexCounter) Inc(d int64) {
	c.mu.Lock()
	c.n += d
	c.mu.Unlock()
}

type shard struct {
	n   int64
	pad [7]int64
}

func parallel(per int, body func(g, i int)) {
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				body(g, i)
			}
		}(g)
	}
	wg.Wait()
}

func channelOwner(per int) int64 {
	inc := make(chan int64, 128)
	ask := make(chan chan int64)
	go func() {
		var n int64
		for {
			select {
			case d := <-inc:
				n += d
			case r := <-ask:
				// Every sender has finished: drain what is buffered.
				for {
					select {
					case d := <-inc:
						n += d
					default:
						r <- n
						return
					}
				}
			}
		}
	}()
	parallel(per/8, func(g, i int) {
		inc <- int64(8 * (i%3 + 1))
	})
	r := make(chan int64)
	ask <- r
	return <-r
}

func main() {
	n := 8000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	per := n / goroutines

	var mc mutexCounter
	parallel(per, func(g, i int) { mc.Inc(int64(i%3 + 1)) })

	viaChan := channelOwner(per)

	var a int64
	parallel(per, func(g, i int) { atomic.AddInt64(&a, int64(i%3+1)) })

	var cas atomic.Int64
	retries := make([]int, goroutines)
	parallel(per, func(g, i int) {
		for {
			old := cas.Load()
			if cas.CompareAndSwap(old, old+int64(i%3+1)) {
				return
			}
			retries[g]++
		}
	})

	shards := make([]shard, goroutines)
	parallel(per, func(g, i int) { shards[g].n += int64(i%3 + 1) })
	var sharded int64
	for i := range shards {
		sharded += shards[i].n
	}

	var want int64
	for i := 0; i < per; i++ {
		want += int64(i%3 + 1)
	}
	want *= goroutines
	var wantChan int64
	for i := 0; i < per/8; i++ {
		wantChan += int64(8 * (i%3 + 1))
	}
	wantChan *= goroutines
	fmt.Println(want, mc.n == want, viaChan == wantChan, a == want, cas.Load() == want, sharded == want)
}
