package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
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

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
	q := NewQueue()
	var wg sync.WaitGroup
	sum := 0
	var smu sync.Mutex
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				v := q.Get()
				smu.Lock()
				sum += v
				smu.Unlock()
			}
		}()
	}
	for i := 1; i <= 20; i++ {
		q.Put(i)
	}
	wg.Wait()
	fmt.Println("sum", sum)

	var ready bool
	var m sync.Mutex
	c := sync.NewCond(&m)
	var wg2 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			m.Lock()
			for !ready {
				c.Wait()
			}
			m.Unlock()
		}()
	}
	m.Lock()
	ready = true
	c.Broadcast()
	m.Unlock()
	wg2.Wait()
	fmt.Println("all woke")
}
