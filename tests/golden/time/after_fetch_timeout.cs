// checks: fetches raced against time.After (the fast side 1 ms against
// 10 s, the slow side an hour against 20 ms), a ticker loop, After's value
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v int) <-chan int {
	c := make(chan int, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func fetch(d time.Duration, v int, limit time.Duration) (int, error) {
	select {
	case r := <-slow(d, v):
		return r, nil
	case <-time.After(limit):
		return 0, fmt.Errorf("timeout after %v", limit)
	}
}

func main() {
	fmt.Println(fetch(1*time.Millisecond, 7, 10*time.Second))
	fmt.Println(fetch(time.Hour, 8, 20*time.Millisecond))
	fmt.Println(fetch(0, 9, 10*time.Second))

	// loop until three ticks, with an overall deadline far away
	deadline := time.After(10 * time.Second)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
			if n == 3 {
				fmt.Println("three ticks")
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	// After with result
	c := time.After(5 * time.Millisecond)
	t := <-c
	fmt.Println("after returned non-zero time:", !t.IsZero())
}
