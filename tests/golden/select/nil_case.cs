// checks: a nil channel case in select is never chosen
package main

import "fmt"

func main() {
	var never chan int
	ready := make(chan int, 1)
	ready <- 5
	for i := 0; i < 3; i++ {
		select {
		case v := <-never:
			fmt.Println("impossible", v)
		case never <- 1:
			fmt.Println("impossible send")
		case v := <-ready:
			fmt.Println("ready", v)
			ready <- v + 1
		}
	}
}
