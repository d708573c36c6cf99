package main

// Select with many goroutines: 32 workers each loop on a select that
// both receives jobs (from a shared channel and a private one) and
// sends results, with a quit channel; a dispatcher selects over sending
// to a worker's private channel or the shared one, and the collector
// counts replies until every job is answered.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type job struct{ id, val int }
type reply struct{ id, out, worker int }

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const W = 32
	shared := make(chan job, 16)
	private := make([]chan job, W)
	replies := make(chan reply, 64)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < W; w++ {
		private[w] = make(chan job, 1)
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var pending []reply
			for {
				var out chan reply
				var next reply
				if len(pending) > 0 {
					out, next = replies, pending[0]
				}
				select {
				case j := <-shared:
					pending = append(pending, reply{j.id, j.val*j.val%9973 + w, w})
				case j := <-private[w]:
					pending = append(pending, reply{j.id, j.val*j.val%9973 + w, w})
				case out <- next:
					pending = pending[1:]
				case <-quit:
					return
				}
			}
		}(w)
	}
	go func() {
		for i := 0; i < n; i++ {
			j := job{i, i * 7}
			select {
			case shared <- j:
			case private[i%W] <- j:
			}
		}
	}()
	sum, seen := 0, make([]bool, n)
	perWorker := make([]int, W)
	for k := 0; k < n; k++ {
		r := <-replies
		if seen[r.id] {
			fmt.Println("duplicate", r.id)
		}
		seen[r.id] = true
		sum += r.out - r.worker
		perWorker[r.worker]++
	}
	close(quit)
	wg.Wait()
	busy := 0
	for _, c := range perWorker {
		if c > 0 {
			busy++
		}
	}
	fmt.Println(sum, busy > 0)
}
