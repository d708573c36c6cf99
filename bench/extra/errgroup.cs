package main

// errgroup-like fan-out: a Group of a WaitGroup, a Mutex-guarded first
// error and a done channel closed once on the first failure; tasks run
// under a semaphore channel (bounded parallelism) and check done before
// working. Many groups are run one after another, some of which fail.

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
)

type Group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	err  error
	done chan struct{}
	sem  chan struct{}
}

func NewGroup(limit int) *Group {
	return &Group{done: make(chan struct{}), sem: make(chan struct{}, limit)}
}

func (g *Group) Go(f func() error) {
	g.sem <- struct{}{}
	g.wg.Add(1)
	go func() {
		defer func() { <-g.sem; g.wg.Done() }()
		if err := f(); err != nil {
			g.mu.Lock()
			if g.err == nil {
				g.err = err
				close(g.done)
			}
			g.mu.Unlock()
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

var errBad = errors.New("bad input")

func work(x int) int {
	h := uint32(x)
	for i := 0; i < 200; i++ {
		h ^= h << 13
		h ^= h >> 17
		h ^= h << 5
	}
	return int(h % 1000)
}

func runGroup(id, tasks int, results []int) (int, error) {
	g := NewGroup(4)
	var mu sync.Mutex
	sum := 0
	for t := 0; t < tasks; t++ {
		t := t
		g.Go(func() error {
			select {
			case <-g.done:
				return nil
			default:
			}
			v := work(id*1000 + t)
			results[t] = v
			if id%7 == 3 && t == tasks/2 {
				return fmt.Errorf("group %d task %d: %w", id, t, errBad)
			}
			mu.Lock()
			sum += v
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	return sum, err
}

func main() {
	n := 3000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const tasks = 64
	results := make([]int, tasks)
	okSum, failed := 0, 0
	var last error
	for id := 0; id < n; id++ {
		s, err := runGroup(id, tasks, results)
		if err != nil {
			failed++
			last = err
			if !errors.Is(err, errBad) {
				panic("wrong error")
			}
			continue
		}
		okSum += s
	}
	fmt.Println("groups", n, "failed", failed, "sum", okSum)
	fmt.Println("last error:", last)
}
