// wsem: a bounded parallel map under a weighted semaphore written the way
// golang.org/x/sync/semaphore is: a Mutex, the current size, and a
// container/list of waiters each with its weight and a ready channel that
// Release closes in FIFO order. Tasks of weight 1-4 (capacity 8) each
// compute a value into their own slot of a result slice; a goroutine per
// task is started after Acquire, as the package's documentation shows. A
// TryAcquire path and an in-flight high-water mark (atomic CAS) are checked.
package main

import (
	"container/list"
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

type waiter struct {
	n     int64
	ready chan struct{}
}

type weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters list.List
}

func (s *weighted) acquire(n int64) {
	s.mu.Lock()
	if s.size-s.cur >= n && s.waiters.Len() == 0 {
		s.cur += n
		s.mu.Unlock()
		return
	}
	ready := make(chan struct{})
	s.waiters.PushBack(waiter{n: n, ready: ready})
	s.mu.Unlock()
	<-ready
}

func (s *weighted) tryAcquire(n int64) bool {
	s.mu.Lock()
	ok := s.size-s.cur >= n && s.waiters.Len() == 0
	if ok {
		s.cur += n
	}
	s.mu.Unlock()
	return ok
}

func (s *weighted) release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	for {
		next := s.waiters.Front()
		if next == nil {
			break
		}
		w := next.Value.(waiter)
		if s.size-s.cur < w.n {
			break
		}
		s.cur += w.n
		s.waiters.Remove(next)
		close(w.ready)
	}
	s.mu.Unlock()
}

func work(i int) uint32 {
	h := uint32(i)*2654435761 + 1
	for k := 0; k < 300+i%200; k++ {
		h ^= h << 13
		h ^= h >> 17
		h ^= h << 5
	}
	return h
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	sem := &weighted{size: 8}
	out := make([]uint32, n)
	var inflight, high, tried int64
	for i := 0; i < n; i++ {
		w := int64(1 + i%4)
		if i%16 == 0 && sem.tryAcquire(w) {
			tried++
		} else {
			sem.acquire(w)
		}
		go func(i int, w int64) {
			cur := atomic.AddInt64(&inflight, w)
			for {
				h := atomic.LoadInt64(&high)
				if cur <= h || atomic.CompareAndSwapInt64(&high, h, cur) {
					break
				}
			}
			out[i] = work(i)
			atomic.AddInt64(&inflight, -w)
			sem.release(w)
		}(i, w)
	}
	sem.acquire(8)
	var sum uint64
	for i, v := range out {
		if v != work(i) {
			fmt.Println("bad slot", i)
			return
		}
		sum += uint64(v)
	}
	fmt.Println("tasks", n, "sum", sum, "high-water within size", high <= 8, "tried>0", tried > 0)
	sem.release(8)
	fmt.Println("final", sem.cur, sem.waiters.Len())
}
