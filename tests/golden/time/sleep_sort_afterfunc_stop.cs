// checks: sleep sort, AfterFunc timers firing in deadline order and a
// stopped one never firing. Wake times are half a second or more apart: a
// loaded machine may hold a woken goroutine off the CPU for 180 ms.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := 5; i >= 1; i-- {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			time.Sleep(time.Duration(n) * 500 * time.Millisecond)
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("sleep sort:", order)
	results := make(chan string, 3)
	timers := []*time.Timer{}
	for i, d := range []int{1500, 50, 1000} {
		i := i
		timers = append(timers, time.AfterFunc(time.Duration(d)*time.Millisecond, func() {
			results <- fmt.Sprint("timer", i)
		}))
	}
	timers[2].Stop()
	fmt.Println(<-results, <-results)
	select {
	case r := <-results:
		fmt.Println("unexpected", r)
	case <-time.After(600 * time.Millisecond):
		fmt.Println("stopped timer never fired")
	}
}
