// checks: two sleeping senders interleave by wake time (fast at 10 ms steps
// all before slow at 1 s steps, a margin no load reaches)
package main

import (
	"fmt"
	"time"
)

func say(s string, d time.Duration, n int, out chan<- string) {
	for i := 0; i < n; i++ {
		time.Sleep(d)
		out <- fmt.Sprintf("%s %d", s, i)
	}
}

func main() {
	out := make(chan string)
	go say("slow", time.Second, 2, out)
	go say("fast", 10*time.Millisecond, 3, out)
	for i := 0; i < 5; i++ {
		fmt.Println(<-out)
	}
}
