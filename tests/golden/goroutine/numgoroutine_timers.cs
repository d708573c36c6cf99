package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-stop
		}()
	}
	fmt.Println(runtime.NumGoroutine())
	close(stop)
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(runtime.NumGoroutine())
	t := time.AfterFunc(time.Hour, func() {})
	fmt.Println(runtime.NumGoroutine())
	t.Stop()
	tk := time.NewTicker(time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	tk.Stop()
}
