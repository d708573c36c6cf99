package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id int
	n  int
}
type result struct {
	id  int
	sum int
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		s := 0
		for i := 1; i <= j.n; i++ {
			s += i * i
		}
		results <- result{j.id, s}
	}
}

func main() {
	jobs := make(chan job, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i := 0; i < 100; i++ {
			jobs <- job{i, i * 10}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	total := 0
	for _, r := range all {
		total += r.sum
	}
	fmt.Println(len(all), all[0], all[1], all[99], total)
}
