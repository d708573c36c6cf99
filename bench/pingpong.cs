// pingpong: two goroutines bounce a value over unbuffered channels.
// Size: round trips (default 4000000). Check value: messages sent (2N).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 4000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	msgs := 0
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
		msgs += 2
	}
	close(ping)
	fmt.Println(msgs)
}
