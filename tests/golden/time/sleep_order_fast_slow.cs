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
	go say("slow", 500*time.Millisecond, 2, out)
	go say("fast", 70*time.Millisecond, 3, out)
	for i := 0; i < 5; i++ {
		fmt.Println(<-out)
	}
}
