// Goroutines parked across many collections keep alive what only their
// stacks hold, and values handed to a parked receiver while collections
// run on another goroutine are not lost. Each goroutine holds one or six
// boxes in locals, parks, and checks them when woken; main forces
// collections and churns garbage that would reuse a freed box.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type box struct {
	vals []int
	tag  string
}

func mkbox(i int) *box {
	b := &box{vals: make([]int, 8), tag: fmt.Sprint("box", i)}
	for k := range b.vals {
		b.vals[k] = i*10 + k
	}
	return b
}

func (b *box) ok(i int) bool {
	for k, v := range b.vals {
		if v != i*10+k {
			return false
		}
	}
	return b.tag == fmt.Sprint("box", i)
}

func churn() {
	var keep [][]int
	for i := 0; i < 2000; i++ {
		s := make([]int, 8)
		for k := range s {
			s[k] = -1
		}
		if i%100 == 0 {
			keep = append(keep, s)
		}
	}
	_ = keep
}

// holder keeps one box (or six) in locals, parks on wake, checks them
// and then receives boxes handed over while collections run.
func holder(i int, six bool, wake chan *box, bad *int64, mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	a := mkbox(i)
	var more [5]*box
	if six {
		for k := range more {
			more[k] = mkbox(i + 1000000*(k+1))
		}
	}
	for round := 0; round < 3; round++ {
		b := <-wake
		ok := a.ok(i) && b.ok(i+round*7)
		if six {
			for k, m := range more {
				ok = ok && m.ok(i+1000000*(k+1))
			}
		}
		if !ok {
			mu.Lock()
			*bad++
			mu.Unlock()
		}
	}
}

func main() {
	const n = 3000
	var bad int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	wakes := make([]chan *box, n)
	for i := 0; i < n; i++ {
		wakes[i] = make(chan *box)
		wg.Add(1)
		go holder(i, i%3 == 0, wakes[i], &bad, &mu, &wg)
	}
	for round := 0; round < 3; round++ {
		for c := 0; c < 3; c++ {
			runtime.GC()
			churn()
		}
		done := make(chan bool)
		go func() {
			for k := 0; k < 20; k++ {
				runtime.GC()
				churn()
			}
			done <- true
		}()
		for i := 0; i < n; i++ {
			wakes[i] <- mkbox(i + round*7)
		}
		<-done
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "bad:", bad)
}
