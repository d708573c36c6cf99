// checks: Pike's timeouts: a fresh time.After per message, and one timer for
// the whole conversation. Speakers that answer do so at once; a silence is
// an hour, timeouts a second, so no load can change who wins a select.
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
	c := speaker([]time.Duration{0, 5 * ms, 10 * ms, time.Hour})
	for {
		select {
		case v := <-c:
			fmt.Println("got", v)
			continue
		case <-time.After(time.Second):
			fmt.Println("You're too slow.")
		}
		break
	}
	// Timeout for the whole conversation.
	c = speaker([]time.Duration{5 * ms, 5 * ms, 5 * ms, time.Hour})
	timeout := time.After(time.Second)
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
	fmt.Println(n)
}
