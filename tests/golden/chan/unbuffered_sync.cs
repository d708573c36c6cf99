// checks: an unbuffered send completes only when a receiver takes the value
package main

import "fmt"

func main() {
	ch := make(chan string)
	ack := make(chan bool)
	go func() {
		msg := <-ch
		fmt.Println("received", msg)
		ack <- true
	}()
	ch <- "hello"
	<-ack
	fmt.Println("sender continues after the hand-off")
	fmt.Println(len(ch), cap(ch))
}
