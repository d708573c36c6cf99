package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type item struct {
	producer int
	seq      int
	payload  string
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const np, nc = 3, 5
	q := make(chan item, 32)
	var pw sync.WaitGroup
	for p := 0; p < np; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 0; i < n; i++ {
				q <- item{p, i, strconv.Itoa(i)}
			}
		}(p)
	}
	go func() {
		pw.Wait()
		close(q)
	}()
	type stat struct {
		count, bytes int
		lastSeq      [np]int
		ordered      bool
	}
	stats := make(chan stat, nc)
	for c := 0; c < nc; c++ {
		go func() {
			s := stat{ordered: true}
			for i := range s.lastSeq {
				s.lastSeq[i] = -1
			}
			for it := range q {
				s.count++
				s.bytes += len(it.payload)
				if it.seq <= s.lastSeq[it.producer] {
					s.ordered = false
				}
				s.lastSeq[it.producer] = it.seq
			}
			stats <- s
		}()
	}
	total, bytes, ordered := 0, 0, true
	for c := 0; c < nc; c++ {
		s := <-stats
		total += s.count
		bytes += s.bytes
		ordered = ordered && s.ordered
	}
	_, ok := <-q
	fmt.Println(total, bytes, ordered, ok)
}
