// checks: range over a channel ends after close, once drained
package main

import "fmt"

func produce(n int, ch chan<- int) {
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go produce(5, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	bch := make(chan int, 10)
	go produce(7, bch)
	total := 0
	for v := range bch {
		total += v
	}
	fmt.Println(total)
}
