// wgtree: goroutine fan-out at scale. 100,000 goroutines each fill one
// slot of a result slice under one sync.WaitGroup; a spawn tree where
// every goroutine starts 4 children down to depth 8 (87,381 goroutines)
// sharing a *sync.WaitGroup and adding into an atomic counter; and a
// tree whose nodes return their subtree sums to the parent over
// per-node buffered channels. Rounds repeat all three.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

func work(i int) int {
	x := i*2654435761 + 1
	for k := 0; k < 20; k++ {
		x ^= x >> 7
		x *= 31
	}
	return x & 0xffff
}

func flat(n int) int {
	out := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			out[i] = work(i)
			wg.Done()
		}(i)
	}
	wg.Wait()
	s := 0
	for _, v := range out {
		s += v
	}
	return s
}

func spawn(depth, id int, wg *sync.WaitGroup, total *int64) {
	defer wg.Done()
	atomic.AddInt64(total, int64(work(id)))
	if depth == 0 {
		return
	}
	wg.Add(4)
	for c := 0; c < 4; c++ {
		go spawn(depth-1, id*4+c+1, wg, total)
	}
}

func sumTree(depth, id int, out chan<- int) {
	s := work(id)
	if depth > 0 {
		results := make(chan int, 4)
		for c := 0; c < 4; c++ {
			go sumTree(depth-1, id*4+c+1, results)
		}
		for c := 0; c < 4; c++ {
			s += <-results
		}
	}
	out <- s
}

func main() {
	rounds := 3
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	for r := 0; r < rounds; r++ {
		var wg sync.WaitGroup
		var total int64
		wg.Add(1)
		go spawn(8, 0, &wg, &total)
		wg.Wait()
		out := make(chan int, 1)
		go sumTree(7, 0, out)
		fmt.Println(flat(100000), total, <-out)
	}
}
