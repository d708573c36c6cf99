// checks: Sleep, After, tickers and AfterFunc never return before their
// duration, alone and with 1000 goroutines sleeping at once
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	early := 0
	for i := 0; i < 200; i++ {
		d := time.Duration(i%7) * 137 * time.Microsecond
		s := time.Now()
		time.Sleep(d)
		if time.Since(s) < d {
			early++
		}
	}
	fmt.Println("early sleeps:", early)
	early = 0
	for i := 0; i < 100; i++ {
		d := time.Duration(i%5) * 211 * time.Microsecond
		s := time.Now()
		v := <-time.After(d)
		if v.Sub(s) < d || time.Since(s) < d {
			early++
		}
	}
	fmt.Println("early timers:", early)
	var wg sync.WaitGroup
	var mu sync.Mutex
	bad := 0
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			d := time.Duration(i%13) * 100 * time.Microsecond
			s := time.Now()
			time.Sleep(d)
			if time.Since(s) < d {
				mu.Lock()
				bad++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("early concurrent:", bad)
	s := time.Now() // before the ticker starts, so a descheduled main cannot make it look early
	tk := time.NewTicker(500 * time.Microsecond)
	for i := 1; i <= 20; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("20 ticks not early:", time.Since(s) >= 10*time.Millisecond)
	at := time.Now()
	done := make(chan time.Duration)
	time.AfterFunc(3*time.Millisecond, func() { done <- time.Since(at) })
	fmt.Println("afterfunc not early:", <-done >= 3*time.Millisecond)
}
