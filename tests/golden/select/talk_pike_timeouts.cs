// checks: Pike's timeouts: a fresh time.After per message, and one timer for
// the whole conversation
package main

import (
	"fmt"
	"time"
)

// speaker sends i after sleeping delays[i]; stops at the end.
func speaker(delays []time.Duration) <-chan int {
	c := make(chan int)
	go func() {
		for i, d := range delays {
			time.Sleep(d)
			c <- i
		}
	}()
	return c
}

func main() {
	ms := time.Millisecond
	// Timeout per message.
	c := speaker([]time.Duration{0, 5 * ms, 10 * ms, 300 * ms})
	for {
		select {
		case v := <-c:
			fmt.Println("got", v)
			continue
		case <-time.After(100 * ms):
			fmt.Println("You're too slow.")
		}
		break
	}
	// Timeout for the whole conversation.
	c = speaker([]time.Duration{20 * ms, 20 * ms, 20 * ms, 20 * ms, 20 * ms, 20 * ms, 20 * ms, 20 * ms, 20 * ms, 20 * ms})
	timeout := time.After(110 * ms)
	n := 0
loop:
	for {
		select {
		case <-c:
			n++
		case <-timeout:
			fmt.Println("You talk too much.")
			break loop
		}
	}
	fmt.Println(n >= 1 && n <= 5)
}
