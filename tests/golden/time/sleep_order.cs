// checks: goroutines sleeping different durations wake in deadline order
// (half a second apart: a loaded machine may hold a woken goroutine off the
// CPU for a fifth of that)
package main

import (
	"fmt"
	"time"
)

func main() {
	order := make(chan int, 5)
	for _, ms := range []int{2500, 500, 1500, 2000, 1000} {
		ms := ms
		go func() {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			order <- ms
		}()
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-order)
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("done")
}
