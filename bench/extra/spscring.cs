package main

// A single-producer single-consumer ring buffer built on sync/atomic:
// head and tail are atomic.Uint64 counters, the slots a power-of-two
// []uint64; each side spins with runtime.Gosched when the ring is full
// or empty, and batches its index updates. A second phase passes
// structs through a ring of pointers guarded by atomic.Int32 flags.
// Prints the sums the consumers saw.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type ring struct {
	head  atomic.Uint64 // next slot to read (consumer owns)
	_     [7]uint64
	tail  atomic.Uint64 // next slot to write (producer owns)
	_     [7]uint64
	mask  uint64
	slots []uint64
}

func newRing(size int) *ring {
	return &ring{mask: uint64(size - 1), slots: make([]uint64, size)}
}

func (r *ring) push(v uint64) {
	t := r.tail.Load()
	for t-r.head.Load() == uint64(len(r.slots)) {
		runtime.Gosched()
	}
	r.slots[t&r.mask] = v
	r.tail.Store(t + 1)
}

func (r *ring) pop() uint64 {
	h := r.head.Load()
	for h == r.tail.Load() {
		runtime.Gosched()
	}
	v := r.slots[h&r.mask]
	r.head.Store(h + 1)
	return v
}

type msg struct {
	id    int
	value float64
	tag   [4]byte
}

type slot struct {
	full atomic.Int32
	m    *msg
}

func phaseOne(n int) (uint64, uint64) {
	r := newRing(1024)
	var wg sync.WaitGroup
	var sum, xor uint64
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < n; i++ {
			v := r.pop()
			sum += v
			xor ^= v * 0x9e3779b97f4a7c15
		}
	}()
	for i := 0; i < n; i++ {
		r.push(uint64(i)*3 + 1)
	}
	wg.Wait()
	return sum, xor
}

func phaseTwo(n int) (float64, int) {
	slots := make([]slot, 256)
	var wg sync.WaitGroup
	total := 0.0
	tags := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < n; i++ {
			s := &slots[i%len(slots)]
			for s.full.Load() == 0 {
				runtime.Gosched()
			}
			total += s.m.value
			if s.m.tag[i%4] == 'b' {
				tags++
			}
			s.m = nil
			s.full.Store(0)
		}
	}()
	for i := 0; i < n; i++ {
		s := &slots[i%len(slots)]
		for s.full.Load() != 0 {
			runtime.Gosched()
		}
		s.m = &msg{id: i, value: float64(i%1000) * 0.5, tag: [4]byte{'a', 'b', 'c', byte('a' + i%3)}}
		s.full.Store(1)
	}
	wg.Wait()
	return total, tags
}

func main() {
	n := 6000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	sum, xor := phaseOne(n)
	fmt.Println("ring:", sum, xor)
	total, tags := phaseTwo(n / 4)
	fmt.Printf("slots: %.1f %d\n", total, tags)
}
