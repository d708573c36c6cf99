// checks: 16 goroutines recurse 20,000+ frames deep (many stack segments)
// while allocating; the GC keeps what only older segments reference
package main

import (
	"fmt"
	"sync"
)

type cell struct {
	v    int
	next *cell
}

func build(n int, acc *cell) int {
	if n == 0 {
		s := 0
		for c := acc; c != nil; c = c.next {
			s += c.v
		}
		return s
	}
	c := &cell{n, acc}
	junk := make([]byte, 64)
	junk[0] = byte(n)
	r := build(n-1, c)
	if c.v != n || junk[0] != byte(n) {
		panic("corrupted")
	}
	return r
}

func main() {
	var wg sync.WaitGroup
	res := make([]int, 16)
	for round := 0; round < 3; round++ {
		for i := 0; i < 16; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				res[i] = build(20000+i*1000, nil)
			}(i)
		}
		wg.Wait()
	}
	total := 0
	for _, r := range res {
		total += r
	}
	fmt.Println(total)
}
