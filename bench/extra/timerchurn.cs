package main

// Timer churn: idle-connection style timers that are Reset on every
// event and Stopped at the end, a debouncer whose timer is pushed back
// again and again, and AfterFunc timers that are mostly cancelled.
// Only timers far in the future are armed, so none fires except the
// debounce's final one and a few short AfterFuncs.

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func conn(id, events int, wg *sync.WaitGroup, resets *int64) {
	defer wg.Done()
	idle := time.NewTimer(time.Minute)
	ev := make(chan int, 8)
	go func() {
		for i := 0; i < events; i++ {
			ev <- i
		}
		close(ev)
	}()
	for {
		select {
		case _, ok := <-ev:
			if !ok {
				if !idle.Stop() {
					<-idle.C
				}
				return
			}
			if !idle.Stop() {
				<-idle.C
			}
			idle.Reset(time.Minute)
			atomic.AddInt64(resets, 1)
		case <-idle.C:
			panic("idle timeout fired")
		}
	}
}

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var resets int64
	var wg sync.WaitGroup
	for c := 0; c < 16; c++ {
		wg.Add(1)
		go conn(c, n/16, &wg, &resets)
	}
	wg.Wait()

	// Debounce: push one timer back n times, then let it fire once.
	fired := make(chan int, 1)
	count := 0
	deb := time.AfterFunc(time.Hour, func() { fired <- count })
	for i := 0; i < n; i++ {
		count++
		deb.Reset(time.Hour)
	}
	deb.Reset(time.Millisecond)
	got := <-fired

	// AfterFunc cancellations: all but every 1000th stopped before firing.
	var ran int64
	var fw sync.WaitGroup
	stopped := 0
	for i := 0; i < n; i++ {
		if i%1000 == 0 {
			fw.Add(1)
			time.AfterFunc(time.Millisecond, func() { atomic.AddInt64(&ran, 1); fw.Done() })
			continue
		}
		t := time.AfterFunc(time.Hour, func() { panic("cancelled timer ran") })
		if t.Stop() {
			stopped++
		}
	}
	fw.Wait()
	fmt.Println("resets", resets, "debounced", got, "stopped", stopped, "ran", ran)
}
