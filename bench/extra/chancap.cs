// chancap: buffered channel throughput against capacity. One producer
// and one consumer move n ints through channels of capacity 0, 1, 8, 64
// and 1024; then 4 producers and 4 consumers share one channel of each
// capacity (closed after a WaitGroup sees the producers finish), and a
// channel of 3-word structs is drained by range. Sums check every run.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type item struct{ id, a, b int }

func oneToOne(n, capacity int) int {
	ch := make(chan int, capacity)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	return sum
}

func manyToMany(n, capacity, workers int) int {
	ch := make(chan int, capacity)
	var prod sync.WaitGroup
	for p := 0; p < workers; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := p; i < n; i += workers {
				ch <- i
			}
		}(p)
	}
	go func() {
		prod.Wait()
		close(ch)
	}()
	sums := make(chan int)
	for c := 0; c < workers; c++ {
		go func() {
			s := 0
			for v := range ch {
				s += v
			}
			sums <- s
		}()
	}
	total := 0
	for c := 0; c < workers; c++ {
		total += <-sums
	}
	return total
}

func structs(n, capacity int) int {
	ch := make(chan item, capacity)
	go func() {
		for i := 0; i < n; i++ {
			ch <- item{i, i * 2, i % 7}
		}
		close(ch)
	}()
	sum := 0
	for it := range ch {
		sum += it.id + it.a - it.b
	}
	return sum
}

func main() {
	n := 600000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	for _, c := range []int{0, 1, 8, 64, 1024} {
		fmt.Printf("cap %4d: 1x1 %d  4x4 %d  structs %d\n", c, oneToOne(n, c), manyToMany(n, c, 4), structs(n, c))
	}
}
