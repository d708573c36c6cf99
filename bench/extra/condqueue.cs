package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

type Queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

var errClosed = errors.New("closed")

func (q *Queue) Get() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, errClosed
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, nil
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	q := NewQueue()
	var once sync.Once
	inits := 0
	var wg sync.WaitGroup
	sums := make([]int, 4)
	errs := make([]error, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			once.Do(func() { inits++ })
			for {
				v, err := q.Get()
				if err != nil {
					errs[w] = err
					return
				}
				sums[w] += v
			}
		}(w)
	}
	sem := make(chan struct{}, 3)
	var pw sync.WaitGroup
	for p := 0; p < 6; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			sem <- struct{}{}
			for i := p; i < n; i += 6 {
				q.Put(i)
			}
			<-sem
		}(p)
	}
	pw.Wait()
	q.Close()
	wg.Wait()
	// a ticker and a done channel
	done := make(chan struct{})
	ticks := 0
	t := time.NewTicker(time.Millisecond)
	go func() {
		time.Sleep(30 * time.Millisecond)
		close(done)
	}()
loop:
	for {
		select {
		case <-t.C:
			ticks++
		case <-done:
			break loop
		}
	}
	t.Stop()
	// recovered panics in goroutines
	res := make(chan string, 10)
	for i := 0; i < 10; i++ {
		go func(i int) {
			defer func() {
				if r := recover(); r != nil {
					res <- fmt.Sprint("recovered: ", r)
				}
			}()
			a := []int{1, 2, 3}
			_ = a[i]
			res <- "ok"
		}(i)
	}
	rec := 0
	for i := 0; i < 10; i++ {
		if s := <-res; s != "ok" {
			rec++
			if i == 9 {
				_ = s
			}
		}
	}
	// select with send cases and default
	c := make(chan int, 2)
	sent, dropped := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case c <- i:
			sent++
		default:
			dropped++
			<-c
		}
	}
	total := sums[0] + sums[1] + sums[2] + sums[3]
	fmt.Println(total, inits, errs[0], errs[3] == errClosed, ticks > 5, rec, sent, dropped)
}
