// barrier: a reusable (cyclic) barrier built from sync.Mutex and
// sync.Cond with a generation counter, used by 4 goroutines that run a
// 1-D Jacobi relaxation in phases over shared []float64 slices (each
// owns a strip, all swap buffers at the barrier), then a parallel
// Hillis-Steele prefix sum over []int64 in log2(n) barrier-separated
// steps. Checked against the sequential results.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"sync"
)

type barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func newBarrier(n int) *barrier {
	b := &barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Wait blocks until n goroutines have called it; it reports true to
// exactly one of them (the last to arrive).
func (b *barrier) Wait() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return true
	}
	for gen == b.gen {
		b.cond.Wait()
	}
	return false
}

const workers = 4

func jacobiStep(src, dst []float64, lo, hi int) {
	for i := lo; i < hi; i++ {
		if i == 0 || i == len(src)-1 {
			dst[i] = src[i]
			continue
		}
		dst[i] = (src[i-1] + src[i] + src[i+1]) / 3
	}
}

func jacobiParallel(size, steps int) []float64 {
	a, b := make([]float64, size), make([]float64, size)
	for i := range a {
		a[i] = math.Sin(float64(i) * 0.01)
	}
	a[0], a[size-1] = 1, -1
	bar := newBarrier(workers)
	var wg sync.WaitGroup
	bufs := [2][]float64{a, b}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			lo, hi := w*size/workers, (w+1)*size/workers
			for s := 0; s < steps; s++ {
				jacobiStep(bufs[s%2], bufs[(s+1)%2], lo, hi)
				bar.Wait()
			}
		}(w)
	}
	wg.Wait()
	return bufs[steps%2]
}

func jacobiSeq(size, steps int) []float64 {
	a, b := make([]float64, size), make([]float64, size)
	for i := range a {
		a[i] = math.Sin(float64(i) * 0.01)
	}
	a[0], a[size-1] = 1, -1
	for s := 0; s < steps; s++ {
		jacobiStep(a, b, 0, size)
		a, b = b, a
	}
	return a
}

func prefixParallel(v []int64) []int64 {
	cur, next := append([]int64(nil), v...), make([]int64, len(v))
	bar := newBarrier(workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			lo, hi := w*len(v)/workers, (w+1)*len(v)/workers
			c, nx := cur, next
			for d := 1; d < len(v); d <<= 1 {
				for i := lo; i < hi; i++ {
					if i >= d {
						nx[i] = c[i] + c[i-d]
					} else {
						nx[i] = c[i]
					}
				}
				bar.Wait()
				c, nx = nx, c
			}
			if w == 0 {
				cur = c
			}
		}(w)
	}
	wg.Wait()
	return cur
}

func main() {
	n := 6000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	size := 20000
	par, seq := jacobiParallel(size, n), jacobiSeq(size, n)
	same := true
	sum := 0.0
	for i := range par {
		if par[i] != seq[i] {
			same = false
		}
		sum += par[i]
	}
	v := make([]int64, 1<<16)
	for i := range v {
		v[i] = int64(i%97 - 48)
	}
	total := int64(0)
	prefixOK := true
	for r := 0; r < n/100+1; r++ {
		p := prefixParallel(v)
		run := int64(0)
		for i, x := range v {
			run += x
			if p[i] != run {
				prefixOK = false
			}
		}
		total += p[len(p)-1] + int64(r)
	}
	fmt.Printf("%v %.9f %v %d\n", same, sum, prefixOK, total)
}
