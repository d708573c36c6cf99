package main

// Longest Collatz chain below n, split across goroutines that claim
// chunks with atomic.AddInt64 on a shared cursor, publish their best with
// a CompareAndSwap loop on a packed (length, start) word, and count steps
// in an atomic.Int64; a second pass first fills a []uint16 memo of
// chain lengths below n/2, which the goroutines then only read. Prints the best start, its length and the
// total step count of both passes.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

const chunk = 4096

func steps(x int64) int64 {
	s := int64(0)
	for x != 1 {
		if x&1 == 0 {
			x >>= 1
		} else {
			x = 3*x + 1
		}
		s++
	}
	return s
}

func stepsMemo(x int64, memo []uint16) int64 {
	s := int64(0)
	for x != 1 {
		if x < int64(len(memo)) && memo[x] != 0 {
			return s + int64(memo[x])
		}
		if x&1 == 0 {
			x >>= 1
		} else {
			x = 3*x + 1
		}
		s++
	}
	return s
}

// publish raises *best to (length<<32 | start) if that is larger.
func publish(best *int64, length, start int64) {
	v := length<<32 | start
	for {
		old := atomic.LoadInt64(best)
		if old >= v || atomic.CompareAndSwapInt64(best, old, v) {
			return
		}
	}
}

func run(n int64, memo []uint16) (start, length, total int64) {
	var cursor, best int64
	var total64 atomic.Int64
	var wg sync.WaitGroup
	workers := runtime.NumCPU() * 2
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				lo := atomic.AddInt64(&cursor, chunk) - chunk + 1
				if lo >= n {
					return
				}
				hi := lo + chunk
				if hi > n {
					hi = n
				}
				var local, bestLen, bestStart int64
				for x := lo; x < hi; x++ {
					var s int64
					if memo != nil {
						s = stepsMemo(x, memo)
					} else {
						s = steps(x)
					}
					local += s
					if s > bestLen {
						bestLen, bestStart = s, x
					}
				}
				total64.Add(local)
				publish(&best, bestLen, bestStart)
			}
		}()
	}
	wg.Wait()
	b := atomic.LoadInt64(&best)
	return b & (1<<32 - 1), b >> 32, total64.Load()
}

func main() {
	n := 2500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	s, l, t := run(int64(n), nil)
	fmt.Println("plain: start", s, "length", l, "steps", t)
	memo := make([]uint16, n/2)
	for x := int64(2); x < int64(len(memo)); x++ {
		memo[x] = uint16(stepsMemo(x, memo))
	}
	s, l, t = run(int64(n), memo)
	fmt.Println("memo:  start", s, "length", l, "steps", t)
}
