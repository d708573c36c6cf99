// GC under load: goroutines hold the only references to heap data in their
// locals while blocked, and in channel buffers; the main goroutine allocates
// a lot of garbage and calls runtime.GC() repeatedly; all data must come
// back intact.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
	pad  []byte
}

func build(n, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, val: seed*100000 + i, pad: make([]byte, 16+i%64)}
		head.pad[0] = byte(i)
	}
	return head
}

func check(h *node, n, seed int) bool {
	for i := n - 1; i >= 0; i-- {
		if h == nil || h.val != seed*100000+i || h.pad[0] != byte(i) {
			return false
		}
		h = h.next
	}
	return h == nil
}

func main() {
	const holders = 100
	const listLen = 500
	gate := make(chan bool)
	ok := make(chan bool)
	for g := 0; g < holders; g++ {
		go func(g int) {
			l := build(listLen, g) // only reference: this stack
			<-gate
			ok <- check(l, listLen, g)
		}(g)
	}
	// Only references in a channel buffer.
	buf := make(chan []*node, 50)
	for i := 0; i < 50; i++ {
		buf <- []*node{build(200, 1000+i), build(10, 2000+i)}
	}
	bufStr := make(chan map[int]string, 20)
	for i := 0; i < 20; i++ {
		m := map[int]string{}
		for k := 0; k < 100; k++ {
			m[k] = fmt.Sprint("v", i, "-", k)
		}
		bufStr <- m
	}
	garbage := 0
	for r := 0; r < 20; r++ {
		for i := 0; i < 2000; i++ {
			s := make([]int, 100)
			s[99] = i
			garbage += s[99] & 1
		}
		runtime.GC()
	}
	close(gate)
	good := 0
	for g := 0; g < holders; g++ {
		if <-ok {
			good++
		}
	}
	fmt.Println("stack-held lists intact:", good, "of", holders)
	good = 0
	for i := 0; i < 50; i++ {
		x := <-buf
		if check(x[0], 200, 1000+i) && check(x[1], 10, 2000+i) {
			good++
		}
	}
	fmt.Println("buffered lists intact:", good, "of 50")
	good = 0
	for i := 0; i < 20; i++ {
		m := <-bufStr
		bad := len(m) != 100
		for k := 0; k < 100; k++ {
			if m[k] != fmt.Sprint("v", i, "-", k) {
				bad = true
			}
		}
		if !bad {
			good++
		}
	}
	fmt.Println("buffered maps intact:", good, "of 20", garbage)
}
