package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func worker(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if isPrime(v) {
				out <- v
			}
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int, 16)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			wg.Done()
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	src := make(chan int, 256)
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	ws := make([]<-chan int, 6)
	for i := range ws {
		ws[i] = worker(src)
	}
	cnt, sum := 0, 0
	for p := range merge(ws...) {
		cnt++
		sum += p
	}
	fmt.Println(cnt, sum)
}
