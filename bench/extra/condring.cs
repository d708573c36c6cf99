// condring: a bounded ring buffer guarded by one sync.Mutex with two
// sync.Cond (notFull, notEmpty), the textbook monitor. Producers Wait
// in a for loop while the ring is full and Signal notEmpty; consumers
// Wait while it is empty and Signal notFull; Close sets a flag and
// Broadcasts both so every waiter leaves. Runs with capacities 1, 16
// and 1024 and with 1x1, 3x5 and 8x2 producers x consumers; each
// consumer's sum and the per-producer order check are printed.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type item struct {
	producer int
	seq      int
}

type Ring struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	buf      []item
	head, n  int
	closed   bool
}

func NewRing(capacity int) *Ring {
	r := &Ring{buf: make([]item, capacity)}
	r.notFull = sync.NewCond(&r.mu)
	r.notEmpty = sync.NewCond(&r.mu)
	return r
}

func (r *Ring) Put(it item) {
	r.mu.Lock()
	for r.n == len(r.buf) {
		r.notFull.Wait()
	}
	r.buf[(r.head+r.n)%len(r.buf)] = it
	r.n++
	r.notEmpty.Signal()
	r.mu.Unlock()
}

func (r *Ring) Get() (item, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.n == 0 && !r.closed {
		r.notEmpty.Wait()
	}
	if r.n == 0 {
		return item{}, false
	}
	it := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.n--
	r.notFull.Signal()
	return it, true
}

func (r *Ring) Close() {
	r.mu.Lock()
	r.closed = true
	r.notEmpty.Broadcast()
	r.notFull.Broadcast()
	r.mu.Unlock()
}

func run(capacity, producers, consumers, total int) (int64, bool) {
	r := NewRing(capacity)
	per := total / producers
	var pw, cw sync.WaitGroup
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 0; i < per; i++ {
				r.Put(item{p, i})
			}
		}(p)
	}
	sums := make([]int64, consumers)
	ordered := make([]bool, consumers)
	for c := 0; c < consumers; c++ {
		cw.Add(1)
		go func(c int) {
			defer cw.Done()
			last := make([]int, producers)
			for i := range last {
				last[i] = -1
			}
			ok := true
			for {
				it, more := r.Get()
				if !more {
					break
				}
				if it.seq <= last[it.producer] {
					ok = false
				}
				last[it.producer] = it.seq
				sums[c] += int64(it.producer*per + it.seq)
			}
			ordered[c] = ok
		}(c)
	}
	pw.Wait()
	r.Close()
	cw.Wait()
	var sum int64
	allOrdered := true
	for c := range sums {
		sum += sums[c]
		allOrdered = allOrdered && ordered[c]
	}
	return sum, allOrdered
}

func main() {
	n := 600000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	for _, capacity := range []int{1, 16, 1024} {
		for _, pc := range [][2]int{{1, 1}, {3, 5}, {8, 2}} {
			sum, ok := run(capacity, pc[0], pc[1], n)
			fmt.Printf("cap %4d %dx%d sum %d ordered %v\n", capacity, pc[0], pc[1], sum, ok)
		}
	}
}
