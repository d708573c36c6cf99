package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		defer func() {
			fmt.Println("sender recovered:", recover())
		}()
		c <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	close(c)
	time.Sleep(20 * time.Millisecond)
	d := make(chan int)
	go func() {
		d <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	close(d)
	time.Sleep(10 * time.Second) // the panic ends the program long before
	fmt.Println("unreachable")
}
