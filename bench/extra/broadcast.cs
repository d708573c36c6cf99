package main

// Context-like cancellation: each round starts w workers that loop on
// a select between a work channel and a shared done channel; closing
// done wakes every one of them at once. A parent/child tree of done
// channels propagates cancellation down two levels.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

type ctx struct {
	done chan struct{}
	once sync.Once
}

func newCtx() *ctx { return &ctx{done: make(chan struct{})} }

func (c *ctx) cancel() { c.once.Do(func() { close(c.done) }) }

func child(parent *ctx) *ctx {
	c := newCtx()
	go func() {
		select {
		case <-parent.done:
			c.cancel()
		case <-c.done:
		}
	}()
	return c
}

func worker(c *ctx, work <-chan int, wg *sync.WaitGroup, out *int64, mu *sync.Mutex) {
	defer wg.Done()
	local := int64(0)
	for {
		select {
		case <-c.done:
			mu.Lock()
			*out += local
			mu.Unlock()
			return
		case v := <-work:
			local += int64(v)
		}
	}
}

func main() {
	w := 10000
	if len(os.Args) > 1 {
		w, _ = strconv.Atoi(os.Args[1])
	}
	var total int64
	var mu sync.Mutex
	for round := 0; round < 8; round++ {
		root := newCtx()
		subs := make([]*ctx, 10)
		for i := range subs {
			subs[i] = child(root)
		}
		work := make(chan int)
		var wg sync.WaitGroup
		for i := 0; i < w; i++ {
			wg.Add(1)
			go worker(child(subs[i%10]), work, &wg, &total, &mu)
		}
		for i := 0; i < w; i++ {
			work <- i
		}
		root.cancel()
		wg.Wait()
	}
	runtime.Gosched()
	fmt.Println("total", total)
}
