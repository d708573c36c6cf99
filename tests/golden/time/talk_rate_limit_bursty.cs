// checks: Go by Example rate limiting: time.Tick paced requests and a bursty
// limiter with three tokens. Its ticks are a second apart so that the burst
// (under half a second) and the paced requests (after it) stay apart on a
// loaded machine.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	start := time.Now() // before the ticker starts: a descheduled main cannot make it look early
	limiter := time.Tick(20 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
	}
	el := time.Since(start)
	fmt.Println(el >= 95*time.Millisecond)

	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(time.Second) {
			bursty <- t
		}
	}()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	start = time.Now()
	var at []bool
	for req := range burstyRequests {
		<-bursty
		at = append(at, time.Since(start) < 500*time.Millisecond)
		fmt.Println("bursty request", req)
	}
	fmt.Println(at)
}
