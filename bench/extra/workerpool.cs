package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type job struct {
	id, n int
}

type result struct {
	id, v int
}

func work(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i % 7
	}
	return s
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	jobs := make(chan job, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, work(j.n)}
			}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- job{i, i % 200}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, cnt, ids := 0, 0, 0
	for r := range results {
		sum += r.v
		cnt++
		ids += r.id
	}
	fmt.Println(cnt, sum, ids)
}
