// runtime.SetFinalizer on &s[0] of backing arrays from make and append,
// sizes from 2 KiB to 20 KiB: the first element begins the allocated
// block as in Go (large arrays are placed at a cache-colour offset into
// their block, which SetFinalizer must see through), and each finalizer
// gets the element's own address back. A conservative collector may keep
// an object or two alive through a stale word, so the test asks for most
// of them, each exactly once.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type cell struct {
	id  int
	val [3]int
}

var ran = make(chan int, 64)

func fin(c *cell) { ran <- c.id }

func newArrays() {
	for i := 0; i < 24; i++ {
		n := 100 + i*37 // 3.2 KiB .. 30 KiB of 32-byte cells
		s := make([]cell, n)
		s[0].id = i
		runtime.SetFinalizer(&s[0], fin)
	}
	for i := 24; i < 30; i++ {
		var s []cell
		for j := 0; j < 70+i*9; j++ {
			s = append(s, cell{id: i})
		}
		runtime.SetFinalizer(&s[0], fin)
	}
}

func main() {
	done := make(chan bool)
	go func() {
		newArrays()
		done <- true
	}()
	<-done
	var got []int
	for i := 0; i < 5000 && len(got) < 25; i++ { // bounded by seconds: a loaded machine runs finalizers late
		runtime.GC()
		time.Sleep(time.Millisecond)
		for len(ran) > 0 {
			got = append(got, <-ran)
		}
	}
	sort.Ints(got)
	valid := true
	for i, id := range got {
		if id < 0 || id >= 30 || i > 0 && got[i-1] == id {
			valid = false
		}
	}
	fmt.Println("most finalized:", len(got) >= 25, "each once with its own id:", valid)
}
