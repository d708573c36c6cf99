// histatomic: lock-free statistics from runtime.GOMAXPROCS(0)*2
// goroutines: a shared [64]int64 histogram bumped with atomic.AddInt64,
// a running maximum and minimum kept by CompareAndSwap loops, an
// atomic.Uint64 sum, an atomic.Bool "saw a multiple of 1,000,003"
// flag, and atomic.LoadInt64 snapshots read by a monitor goroutine until
// the workers finish. The results must equal a sequential recount.
package main

import (
	"fmt"
	"math/bits"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type stats struct {
	hist [64]int64
	max  int64
	min  int64
	sum  atomic.Uint64
	seen atomic.Bool
	done int32
}

func value(i int) int64 {
	x := uint64(i)*0x9e3779b97f4a7c15 + 12345
	x ^= x >> 29
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 32
	return int64(x >> 20)
}

func (s *stats) record(v int64) {
	atomic.AddInt64(&s.hist[63-bits.LeadingZeros64(uint64(v)|1)], 1)
	for {
		m := atomic.LoadInt64(&s.max)
		if v <= m || atomic.CompareAndSwapInt64(&s.max, m, v) {
			break
		}
	}
	for {
		m := atomic.LoadInt64(&s.min)
		if v >= m || atomic.CompareAndSwapInt64(&s.min, m, v) {
			break
		}
	}
	s.sum.Add(uint64(v))
	if v%1000003 == 0 {
		s.seen.Store(true)
	}
}

func main() {
	n := 20000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	workers := runtime.GOMAXPROCS(0) * 2
	s := &stats{min: 1 << 62}
	var wg sync.WaitGroup
	chunk := n / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				s.record(value(i))
			}
		}(w*chunk, (w+1)*chunk)
	}
	snapshots := make(chan int, 1)
	go func() {
		polls := 0
		for atomic.LoadInt32(&s.done) == 0 {
			var total int64
			for b := range s.hist {
				total += atomic.LoadInt64(&s.hist[b])
			}
			if total > int64(n) {
				panic("overcount")
			}
			polls++
			runtime.Gosched()
		}
		snapshots <- polls
	}()
	wg.Wait()
	atomic.StoreInt32(&s.done, 1)
	<-snapshots

	var hist [64]int64
	var sum uint64
	max, min := int64(0), int64(1<<62)
	for i := 0; i < chunk*workers; i++ {
		v := value(i)
		hist[63-bits.LeadingZeros64(uint64(v)|1)]++
		sum += uint64(v)
		if v > max {
			max = v
		}
		if v < min {
			min = v
		}
	}
	fmt.Println("count", chunk*workers, "hist ok", hist == s.hist, "max", s.max == max, max, "min", s.min == min, min)
	fmt.Println("sum", s.sum.Load() == sum, sum, "seen", s.seen.Load())
	for b := 38; b < 44; b++ {
		fmt.Print(hist[b], " ")
	}
	fmt.Println()
}
