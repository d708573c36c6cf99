package main

import (
	"fmt"
	"sync"
)

type Ring struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	buf      []int
	head, n  int
}

func NewRing(size int) *Ring {
	r := &Ring{buf: make([]int, size)}
	r.notFull = sync.NewCond(&r.mu)
	r.notEmpty = sync.NewCond(&r.mu)
	return r
}

func (r *Ring) Put(v int) {
	r.mu.Lock()
	for r.n == len(r.buf) {
		r.notFull.Wait()
	}
	r.buf[(r.head+r.n)%len(r.buf)] = v
	r.n++
	r.notEmpty.Signal()
	r.mu.Unlock()
}

func (r *Ring) Get() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	for r.n == 0 {
		r.notEmpty.Wait()
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.n--
	r.notFull.Signal()
	return v
}

func main() {
	r := NewRing(4)
	var wg sync.WaitGroup
	const P, N = 4, 5000
	for p := 0; p < P; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < N; i++ {
				r.Put(p*N + i)
			}
		}(p)
	}
	sums := make(chan int)
	for c := 0; c < 3; c++ {
		go func(c int) {
			s := 0
			for {
				v := r.Get()
				if v < 0 {
					sums <- s
					return
				}
				s += v
			}
		}(c)
	}
	wg.Wait()
	for c := 0; c < 3; c++ {
		r.Put(-1)
	}
	tot := 0
	for c := 0; c < 3; c++ {
		tot += <-sums
	}
	fmt.Println(tot, (P*N-1)*P*N/2)
}
