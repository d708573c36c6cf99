// checks: what a go statement hands its goroutine (arguments, and the
// variables its func literal captures) stays alive while the goroutine has
// not run yet and only the G holds it, through collections and heavy
// allocation; many goroutines, small blocks (kept in the G) and big ones
// (more than the G holds).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	id   int
	data []int
	next *node
}

func mk(id int) *node {
	n := &node{id: id, data: make([]int, 16), next: &node{id: -id}}
	for i := range n.data {
		n.data[i] = id*100 + i
	}
	return n
}

func ok(n *node, id int) bool {
	if n == nil || n.id != id || len(n.data) != 16 || n.next == nil || n.next.id != -id {
		return false
	}
	for i, v := range n.data {
		if v != id*100+i {
			return false
		}
	}
	return true
}

// churn allocates blocks of node's and its data's sizes, filled with junk,
// and collects: a block freed too early is reused and overwritten.
var sink []*node

func churn(rounds int) {
	for r := 0; r < rounds; r++ {
		for i := 0; i < 2000; i++ {
			n := &node{id: -1, data: make([]int, 16)}
			for j := range n.data {
				n.data[j] = -7
			}
			sink = append(sink, n)
			if len(sink) > 64 {
				sink = sink[1:]
			}
		}
		runtime.GC()
	}
}

type big struct {
	a    [6]int
	p, q *node
	s    string
}

const N = 3000

func main() {
	var wg sync.WaitGroup
	start := make(chan struct{})
	bad := make(chan string, 4*N)
	wg.Add(4 * N)
	for i := 0; i < N; i++ {
		p := mk(i)
		s := fmt.Sprint("s", i)
		// func literal: its captures (p, s) and argument q live in the G only
		go func(q *node, k int) {
			defer wg.Done()
			<-start
			if !ok(p, k) || !ok(q, k+N) || s != fmt.Sprint("s", k) {
				bad <- fmt.Sprint("literal ", k)
			}
		}(mk(i+N), i)
		// named function, arguments only
		go check(&wg, start, bad, mk(i+2*N), i+2*N)
		// a block too big for the G, with pointers
		b := big{p: mk(i + 3*N), q: mk(i + 4*N), s: fmt.Sprint("b", i)}
		b.a[5] = i
		go func(b big) {
			defer wg.Done()
			<-start
			if !ok(b.p, b.a[5]+3*N) || !ok(b.q, b.a[5]+4*N) || b.s != fmt.Sprint("b", b.a[5]) || !ok(p, b.a[5]) {
				bad <- fmt.Sprint("big ", b.a[5])
			}
		}(b)
		// a method value's receiver
		go (&holder{mk(i + 5*N)}).verify(&wg, start, bad, i+5*N)
		if i%500 == 0 {
			churn(1)
		}
	}
	churn(3)
	close(start)
	wg.Wait()
	churn(1)
	close(bad)
	n := 0
	for m := range bad {
		if n < 5 {
			fmt.Println("lost:", m)
		}
		n++
	}
	fmt.Println("goroutines", 4*N, "bad", n)
}

func check(wg *sync.WaitGroup, start chan struct{}, bad chan string, n *node, id int) {
	defer wg.Done()
	<-start
	if !ok(n, id) {
		bad <- fmt.Sprint("func ", id)
	}
}

type holder struct{ n *node }

func (h *holder) verify(wg *sync.WaitGroup, start chan struct{}, bad chan string, id int) {
	defer wg.Done()
	<-start
	if !ok(h.n, id) {
		bad <- fmt.Sprint("method ", id)
	}
}
