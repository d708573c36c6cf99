// checks: time.After in select fires when no other case is ready
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	quick := make(chan int, 1)
	quick <- 1
	select {
	case v := <-quick:
		fmt.Println("got", v)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
}
