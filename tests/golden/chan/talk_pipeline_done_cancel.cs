// checks: the Go blog's pipelines: gen/sq/merge with a done channel;
// cancelling after one value lets every stage exit
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int, len(nums))
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// Simple pipeline.
	done := make(chan struct{})
	for n := range sq(done, sq(done, gen(done, 2, 3))) {
		fmt.Println(n)
	}
	// Fan out, fan in, consume all.
	in := gen(done, 1, 2, 3, 4, 5, 6, 7, 8)
	var all []int
	for n := range merge(done, sq(done, in), sq(done, in), sq(done, in)) {
		all = append(all, n)
	}
	sort.Ints(all)
	fmt.Println(all)
	// Consume one then cancel: every stage must exit.
	done2 := make(chan struct{})
	in2 := gen(done2, 1, 2, 3, 4, 5)
	out := merge(done2, sq(done2, in2), sq(done2, in2))
	first := <-out
	fmt.Println(first == 1 || first == 4 || first == 9 || first == 16 || first == 25)
	close(done2)
	for range out {
	}
	fmt.Println("drained after cancel")
	close(done)
}
