// checks: worker pool, generator, mutex-protected map, select with default and
// labeled break, sync.Once, semaphore channel, receive from a nil channel
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	id, val int
}

func worker(id int, jobs <-chan int, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out <- result{id, j * j}
	}
}

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	jobs := make(chan int, 10)
	out := make(chan result, 100)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, jobs, out, &wg)
	}
	for i := 1; i <= 20; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(out)
	sum := 0
	for r := range out {
		sum += r.val
	}
	fmt.Println("sum", sum)

	total := 0
	for v := range gen(100) {
		total += v
	}
	fmt.Println("total", total)

	var mu sync.Mutex
	cnt := map[int]int{}
	var wg2 sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg2.Add(1)
		go func(g int) {
			defer wg2.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				cnt[i%10]++
				mu.Unlock()
			}
		}(g)
	}
	wg2.Wait()
	fmt.Println(cnt)

	// done closes once main has ticked, however late main gets the CPU
	done := make(chan struct{})
	var ticks int32
	timeout := time.After(5 * time.Second)
	go func() {
		for atomic.LoadInt32(&ticks) == 0 {
			time.Sleep(time.Millisecond)
		}
		close(done)
	}()
loop:
	for {
		select {
		case <-done:
			break loop
		case <-timeout:
			fmt.Println("timeout")
			break loop
		default:
			atomic.AddInt32(&ticks, 1)
			time.Sleep(100 * time.Microsecond)
		}
	}
	fmt.Println("done", atomic.LoadInt32(&ticks) > 0)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	sem := make(chan int, 2)
	results := make([]int, 10)
	var wg3 sync.WaitGroup
	for i := range results {
		wg3.Add(1)
		sem <- 1
		go func(i int) {
			defer func() { <-sem; wg3.Done() }()
			results[i] = i * 3
		}(i)
	}
	wg3.Wait()
	fmt.Println(results, len(sem), cap(sem))
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case <-time.After(time.Millisecond):
		fmt.Println("nil chan blocks")
	}
}
