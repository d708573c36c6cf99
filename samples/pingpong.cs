// pingpong.cs: two goroutines hit a ball back and forth over unbuffered
// channels. Each send blocks until the other side receives, so the
// players strictly alternate and the output is always the same.
// Run: build/csc samples/pingpong.cs -o pingpong && ./pingpong
package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- string) {
	for ball := range in {
		ball.hits++
		fmt.Println(name, "hits the ball, hit", ball.hits)
		if ball.hits == 10 {
			done <- name
			return
		}
		out <- ball
	}
}

func main() {
	ping, pong := make(chan *Ball), make(chan *Ball)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- &Ball{}
	fmt.Println(<-done, "scores the last hit")
}
