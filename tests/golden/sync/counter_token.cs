// checks: the notes' counter: 10000 goroutines pass a token through a channel of capacity 1
package main

import "fmt"

const n = 10000

func main() {
	ch := make(chan int, 1)
	ch <- 0
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func() {
			x := <-ch
			x = x + 1
			ch <- x
			done <- true
		}()
	}
	for i := 0; i < n; i++ {
		<-done
	}
	fmt.Println("channel:", <-ch)
}
