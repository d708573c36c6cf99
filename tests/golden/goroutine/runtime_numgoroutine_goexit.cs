package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(3)
	fmt.Println("prev ok:", prev >= 1)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("cpus ok:", runtime.NumCPU() >= 1)
	block := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			wg.Done()
			<-block
		}()
	}
	wg.Wait()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(block)
	var wg2 sync.WaitGroup
	wg2.Add(1)
	go func() {
		defer wg2.Done()
		defer fmt.Println("deferred before Goexit")
		runtime.Goexit()
		fmt.Println("unreachable")
	}()
	wg2.Wait()
	runtime.GC()
	runtime.Gosched()
	fmt.Println("end")
}
