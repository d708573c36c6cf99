package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	recovered := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("sender recovered:", recover())
			close(recovered)
		}()
		c <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	close(c)
	<-recovered
	d := make(chan int)
	go func() {
		d <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	close(d)
	time.Sleep(10 * time.Second) // the panic ends the program long before
	fmt.Println("unreachable")
}
