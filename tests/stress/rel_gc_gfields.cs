// The collector must keep alive what only a goroutine's G holds: the
// closure of a goroutine that has not run yet, a sleeping goroutine's
// timer, a value handed over on a channel. Main creates goroutines
// whose closures hold the only reference to their data, forces
// collections before any of them runs, then lets them check it.
package main

import (
	"fmt"
	"runtime"
	"time"
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
	var keep [][]byte
	for i := 0; i < 2000; i++ {
		keep = append(keep, make([]byte, 512))
		if len(keep) > 50 {
			keep = keep[:0]
		}
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	const n = 20000
	done := make(chan bool, n)
	for i := 0; i < n; i++ {
		b := mkbox(i)
		go func(i int) { done <- b.ok(i) }(i)
		if i%1000 == 0 {
			churn()
			runtime.GC()
		}
	}
	bad := 0
	for i := 0; i < n; i++ {
		if !<-done {
			bad++
		}
	}
	// handed-over values and sleepers
	ch := make(chan *box)
	for i := 0; i < 2000; i++ {
		go func(i int) {
			time.Sleep(time.Millisecond)
			ch <- mkbox(i)
		}(i)
	}
	sum := 0
	for i := 0; i < 2000; i++ {
		churn()
		if i%100 == 0 {
			runtime.GC()
		}
		b := <-ch
		sum += b.vals[0] / 10
	}
	fmt.Println("bad", bad, "sum", sum)
}
