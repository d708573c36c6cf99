package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	add := func(s string) {
		mu.Lock()
		got = append(got, s)
		mu.Unlock()
		wg.Done()
	}
	wg.Add(3)
	time.AfterFunc(30*time.Millisecond, func() { add("c") })
	time.AfterFunc(10*time.Millisecond, func() { add("a") })
	time.AfterFunc(20*time.Millisecond, func() { add("b") })
	t := time.AfterFunc(time.Hour, func() { add("never") })
	fmt.Println("stopped:", t.Stop())
	wg.Wait()
	sort.Strings(got) // the callbacks are goroutines: they may finish in any order
	fmt.Println(got)
	fmt.Println("stop after stop:", t.Stop())

	done := make(chan bool)
	t2 := time.AfterFunc(time.Hour, func() { done <- true })
	fmt.Println("reset active:", t2.Reset(time.Millisecond))
	<-done
	fmt.Println("fired after reset")
	fmt.Println("reset after fired:", t2.Reset(time.Millisecond))
	<-done
	fmt.Println("fired again")
	fmt.Println("C is nil:", t2.C == nil)

	// AfterFunc runs in its own goroutine: it may block without hurting others
	ch := make(chan int)
	time.AfterFunc(time.Millisecond, func() {
		ch <- 1
		ch <- 2
	})
	fmt.Println(<-ch, <-ch)
}
