package main

// A storm of signals of several kinds, sent by the program to itself
// while goroutines (main's among them) allocate linked structures and
// force collections. Every handled signal is relayed to one channel;
// signals of one kind that arrive together merge, so the storm's count
// varies, and afterwards each kind is sent until it has been seen once.
// The structures' sums show that no collection lost live data.

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"syscall"
	"time"
)

var kinds = []syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGHUP,
	syscall.SIGWINCH, syscall.SIGALRM, syscall.Signal(40)}

type node struct {
	next *node
	val  int
	pad  []byte
}

// churn builds and drops lists, keeping the last of each round, and
// returns the sum of what it kept.
func churn(rounds int) int {
	sum := 0
	for r := 0; r < rounds; r++ {
		var head *node
		for i := 0; i < 2000; i++ {
			head = &node{next: head, val: i, pad: make([]byte, 16+i%64)}
		}
		m := map[int]*node{}
		for n := head; n != nil; n = n.next {
			m[n.val] = n
		}
		if r%8 == 0 {
			runtime.GC()
		}
		for _, n := range m {
			sum += n.val + len(n.pad)
		}
	}
	return sum
}

type seen struct {
	mu    sync.Mutex
	count map[syscall.Signal]int
	total int
}

func (s *seen) add(sig syscall.Signal) {
	s.mu.Lock()
	s.count[sig]++
	s.total++
	s.mu.Unlock()
}

func (s *seen) of(sig syscall.Signal) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.count[sig]
}

func main() {
	self := os.Getpid()
	c := make(chan os.Signal, 64)
	signal.Notify(c, syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGHUP,
		syscall.SIGWINCH, syscall.SIGALRM, syscall.Signal(40))
	s := &seen{count: map[syscall.Signal]int{}}
	go func() {
		for sig := range c {
			s.add(sig.(syscall.Signal))
		}
	}()

	var wg sync.WaitGroup
	sums := make([]int, 3)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			sums[w] = churn(24)
		}(w)
	}
	for k := 0; k < 2; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				syscall.Kill(self, kinds[(i+k)%len(kinds)])
				if i%64 == 0 {
					runtime.Gosched()
				}
			}
		}(k)
	}
	sums[2] = churn(24)
	wg.Wait()
	fmt.Println("sums:", sums[0], sums[1], sums[2])

	for _, k := range kinds {
		for s.of(k) == 0 {
			syscall.Kill(self, k)
			time.Sleep(time.Millisecond)
		}
	}
	signal.Stop(c)
	s.mu.Lock()
	fmt.Println("every kind seen:", len(s.count) == len(kinds), s.total >= len(kinds))
	s.mu.Unlock()
	fmt.Println("done")
}
