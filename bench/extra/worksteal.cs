// worksteal: a work-stealing scheduler written in Go. Each of
// GOMAXPROCS*2 workers owns a deque ([]task behind its own sync.Mutex):
// it pushes and pops at the tail, and when empty steals half of a
// victim's tasks from the head, trying victims round-robin. Tasks split
// ranges recursively (sum of a function over [lo,hi) split until 512
// wide) and count Fibonacci-tree nodes; an atomic pending counter tells
// idle workers when all work is done. Results are exact sums.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

type task struct {
	kind   int
	lo, hi int
}

type deque struct {
	mu    sync.Mutex
	tasks []task
}

type pool struct {
	deques  []*deque
	pending int64
	sum     int64
	nodes   int64
	steals  int64
}

func (d *deque) push(t task) {
	d.mu.Lock()
	d.tasks = append(d.tasks, t)
	d.mu.Unlock()
}

func (d *deque) pop() (task, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.tasks) == 0 {
		return task{}, false
	}
	t := d.tasks[len(d.tasks)-1]
	d.tasks = d.tasks[:len(d.tasks)-1]
	return t, true
}

func (d *deque) stealHalf() []task {
	d.mu.Lock()
	defer d.mu.Unlock()
	k := (len(d.tasks) + 1) / 2
	if k == 0 {
		return nil
	}
	got := append([]task(nil), d.tasks[:k]...)
	d.tasks = append(d.tasks[:0], d.tasks[k:]...)
	return got
}

func f(i int) int64 {
	x := uint64(i) * 0x9e3779b97f4a7c15
	return int64((x ^ x>>31) % 1000)
}

func (p *pool) spawn(me int, t task) {
	atomic.AddInt64(&p.pending, 1)
	p.deques[me].push(t)
}

func (p *pool) run(me int, t task) {
	switch t.kind {
	case 0:
		if t.hi-t.lo <= 512 {
			var s int64
			for i := t.lo; i < t.hi; i++ {
				s += f(i)
			}
			atomic.AddInt64(&p.sum, s)
			break
		}
		mid := (t.lo + t.hi) / 2
		p.spawn(me, task{0, mid, t.hi})
		p.run(me, task{0, t.lo, mid})
		return
	case 1:
		var local int64
		n := t.lo
		for n >= 18 {
			p.spawn(me, task{1, n - 2, 0})
			n--
		}
		local += fibNodes(n)
		atomic.AddInt64(&p.nodes, local+int64(t.lo-n))
	}
}

func fibNodes(n int) int64 {
	if n < 2 {
		return 1
	}
	return 1 + fibNodes(n-1) + fibNodes(n-2)
}

func (p *pool) worker(me int, wg *sync.WaitGroup) {
	defer wg.Done()
	victim := me
	for {
		if t, ok := p.deques[me].pop(); ok {
			p.run(me, t)
			atomic.AddInt64(&p.pending, -1)
			continue
		}
		if atomic.LoadInt64(&p.pending) == 0 {
			return
		}
		victim = (victim + 1) % len(p.deques)
		if victim == me {
			runtime.Gosched()
			continue
		}
		if got := p.deques[victim].stealHalf(); len(got) > 0 {
			atomic.AddInt64(&p.steals, 1)
			d := p.deques[me]
			d.mu.Lock()
			d.tasks = append(d.tasks, got...)
			d.mu.Unlock()
		}
	}
}

func main() {
	n := 150000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	workers := runtime.GOMAXPROCS(0) * 2
	p := &pool{deques: make([]*deque, workers)}
	for i := range p.deques {
		p.deques[i] = &deque{}
	}
	p.spawn(0, task{0, 0, n})
	p.spawn(workers-1, task{1, 32, 0})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go p.worker(w, &wg)
	}
	wg.Wait()
	var want int64
	for i := 0; i < n; i++ {
		want += f(i)
	}
	fmt.Println("sum", p.sum, p.sum == want, "fib nodes", p.nodes, p.nodes == fibNodes(32), "stole", p.steals > 0 || workers == 1)
}
