// lockfree: two lock-free structures on sync/atomic. A Treiber stack over
// a node pool addressed by index, whose head word packs a 32-bit ABA tag
// with the index (CompareAndSwapUint64); free nodes live on a second
// Treiber stack, so pushes and pops recycle them. 2*GOMAXPROCS goroutines
// push and pop values, summing what they pop. Then a seqlock: one writer
// updates a 4-word record under an odd/even sequence counter, readers
// retry until they read an even, unchanged sequence and check that the
// record is consistent (all words derived from one value).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

const nilIdx = 0xffffffff

type stack struct {
	head uint64
}

type pool struct {
	next []uint32
	val  []int64
	free stack
	used stack
}

func pack(tag, idx uint32) uint64 { return uint64(tag)<<32 | uint64(idx) }

func (p *pool) push(s *stack, i uint32) {
	for {
		old := atomic.LoadUint64(&s.head)
		atomic.StoreUint32(&p.next[i], uint32(old))
		if atomic.CompareAndSwapUint64(&s.head, old, pack(uint32(old>>32)+1, i)) {
			return
		}
	}
}

func (p *pool) pop(s *stack) (uint32, bool) {
	for {
		old := atomic.LoadUint64(&s.head)
		i := uint32(old)
		if i == nilIdx {
			return 0, false
		}
		nx := atomic.LoadUint32(&p.next[i])
		if atomic.CompareAndSwapUint64(&s.head, old, pack(uint32(old>>32)+1, nx)) {
			return i, true
		}
	}
}

func treiber(ops, workers int) (int64, int64) {
	n := 1024
	p := &pool{next: make([]uint32, n), val: make([]int64, n)}
	p.free.head = pack(0, nilIdx)
	p.used.head = pack(0, nilIdx)
	for i := 0; i < n; i++ {
		p.push(&p.free, uint32(i))
	}
	var pushed, popped int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var in, out int64
			for k := 0; k < ops; k++ {
				if k%3 != 2 {
					if i, ok := p.pop(&p.free); ok {
						v := int64(w*ops + k)
						p.val[i] = v
						p.push(&p.used, i)
						in += v
					}
				} else if i, ok := p.pop(&p.used); ok {
					out += p.val[i]
					p.push(&p.free, i)
				}
			}
			atomic.AddInt64(&pushed, in)
			atomic.AddInt64(&popped, out)
		}(w)
	}
	wg.Wait()
	for {
		i, ok := p.pop(&p.used)
		if !ok {
			break
		}
		popped += p.val[i]
		p.push(&p.free, i)
	}
	return pushed, popped
}

type record struct {
	seq uint64
	a   [4]uint64
}

func (r *record) write(v uint64) {
	atomic.AddUint64(&r.seq, 1)
	for i := range r.a {
		atomic.StoreUint64(&r.a[i], v*uint64(i+1))
	}
	atomic.AddUint64(&r.seq, 1)
}

func (r *record) read() ([4]uint64, int) {
	retries := 0
	for {
		s := atomic.LoadUint64(&r.seq)
		if s&1 == 0 {
			var out [4]uint64
			for i := range out {
				out[i] = atomic.LoadUint64(&r.a[i])
			}
			if atomic.LoadUint64(&r.seq) == s {
				return out, retries
			}
		}
		retries++
		if retries%64 == 0 {
			runtime.Gosched()
		}
	}
}

func seqlock(writes, readers int) (int, uint64) {
	r := &record{}
	var stop int32
	var wg sync.WaitGroup
	bad := make([]int, readers)
	for k := 0; k < readers; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for n := 0; atomic.LoadInt32(&stop) == 0 || n < 1000; n++ {
				v, _ := r.read()
				for i := range v {
					if v[i] != v[0]*uint64(i+1) {
						bad[k]++
					}
				}
				if n%256 == 0 {
					runtime.Gosched()
				}
			}
		}(k)
	}
	for v := uint64(1); v <= uint64(writes); v++ {
		r.write(v)
		if v%1024 == 0 {
			runtime.Gosched()
		}
	}
	atomic.StoreInt32(&stop, 1)
	wg.Wait()
	nbad := 0
	for _, b := range bad {
		nbad += b
	}
	last, _ := r.read()
	return nbad, last[3]
}

func main() {
	ops := 6000000
	if len(os.Args) > 1 {
		ops, _ = strconv.Atoi(os.Args[1])
	}
	workers := 2 * runtime.GOMAXPROCS(0)
	in, out := treiber(ops/workers, workers)
	fmt.Println("treiber pushed == popped:", in == out, "workers", workers)
	bad, last := seqlock(ops, 2)
	fmt.Println("seqlock torn reads", bad, "last", last)
}
