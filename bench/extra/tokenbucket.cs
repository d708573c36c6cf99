package main

// A token-bucket rate limiter: a refill goroutine keeps a buffered
// channel (the bucket) topped up; clients take a token with select,
// giving up through time.After if none comes in time.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

type limiter struct {
	tokens chan struct{}
	done   chan struct{}
}

func newLimiter(burst int) *limiter {
	l := &limiter{make(chan struct{}, burst), make(chan struct{})}
	go func() {
		for {
			select {
			case l.tokens <- struct{}{}:
			case <-l.done:
				return
			}
		}
	}()
	return l
}

func (l *limiter) wait(timeout time.Duration) bool {
	select {
	case <-l.tokens:
		return true
	case <-time.After(timeout):
		return false
	}
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	l := newLimiter(8)
	var wg sync.WaitGroup
	var mu sync.Mutex
	served, late, work := 0, 0, 0
	for c := 0; c < 6; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			s, t, w := 0, 0, 0
			for i := 0; i < n; i++ {
				if l.wait(2 * time.Second) {
					s++
					w += (i*c + 3) % 11
				} else {
					t++
				}
			}
			mu.Lock()
			served += s
			late += t
			work += w
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	close(l.done)
	fmt.Println(served, late, work)
}
