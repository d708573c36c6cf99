package main

import (
	"fmt"
	"sync"
)

func producer(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return c
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			for v := range c {
				out <- v
			}
			wg.Done()
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func mergeSelect(a, b <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

func main() {
	counts := map[byte]int{}
	total := 0
	for v := range merge(producer("a", 100), producer("b", 200), producer("c", 50)) {
		counts[v[0]]++
		total++
	}
	fmt.Println(total, counts['a'], counts['b'], counts['c'])
	counts = map[byte]int{}
	for v := range mergeSelect(producer("x", 30), producer("y", 70)) {
		counts[v[0]]++
	}
	fmt.Println(counts)
}
