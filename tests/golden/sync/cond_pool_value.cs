// sync.Cond as a bounded queue, sync.Pool reuse, the atomic.Int64 family
// and atomic.Value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	closed   bool
}

func newQueue() *queue {
	q := &queue{}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == 4 {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.mu.Unlock()
}

func main() {
	q := newQueue()
	var wg sync.WaitGroup
	var total atomic.Int64
	var count atomic.Int32
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				total.Add(int64(v))
				count.Add(1)
			}
		}()
	}
	for i := 1; i <= 1000; i++ {
		q.put(i)
	}
	q.close()
	wg.Wait()
	fmt.Println("cond", count.Load(), total.Load())

	made := 0
	pool := sync.Pool{New: func() any {
		made++
		return new([64]byte)
	}}
	a := pool.Get().(*[64]byte)
	a[0] = 7
	pool.Put(a)
	b := pool.Get().(*[64]byte)
	fmt.Println("pool", made, b[0], b == a)
	pool.Get()
	fmt.Println("pool", made)

	var flag atomic.Bool
	fmt.Println("bool", flag.Load(), flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))
	var u atomic.Uint64
	u.Store(10)
	fmt.Println("uint64", u.Add(5), u.Swap(1), u.Load(), u.CompareAndSwap(1, 2), u.Load())

	var v atomic.Value
	fmt.Println("value", v.Load() == nil)
	v.Store("hello")
	fmt.Println("value", v.Load(), v.Swap("world"), v.Load(), v.CompareAndSwap("world", "again"), v.Load())
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	v.Store(42)
}
