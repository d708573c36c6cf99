// select_timeout.cs: select on a result channel and time.After. A slow
// request loses to the timeout; a fast one wins. The timings leave wide
// margins, so the output does not depend on the machine's speed.
// Run: build/csc samples/select_timeout.cs -o select_timeout && ./select_timeout
package main

import (
	"fmt"
	"time"
)

func request(name string, delay time.Duration) <-chan string {
	out := make(chan string, 1)
	go func() {
		time.Sleep(delay)
		out <- name + " done"
	}()
	return out
}

func wait(name string, delay, limit time.Duration) {
	select {
	case r := <-request(name, delay):
		fmt.Println(r)
	case <-time.After(limit):
		fmt.Println(name, "timed out after", limit)
	}
}

func main() {
	wait("slow", 2*time.Second, 100*time.Millisecond)
	wait("fast", 0, 5*time.Second)
}
