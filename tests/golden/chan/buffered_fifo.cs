// checks: buffered channels are FIFO; len and cap report occupancy
package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		ch <- i * 10
	}
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	ch <- 50
	ch <- 60
	fmt.Println(len(ch))
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
}
