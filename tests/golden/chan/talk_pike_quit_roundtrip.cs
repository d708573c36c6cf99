// checks: Pike's quit channel with a cleanup round trip: the generator
// answers on quit before returning
package main

import (
	"fmt"
	"time"
)

func boring(msg string, quit chan string) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			select {
			case c <- fmt.Sprintf("%s %d", msg, i):
				time.Sleep(time.Millisecond)
			case <-quit:
				fmt.Println("cleanup for", msg)
				quit <- "See you!"
				return
			}
		}
	}()
	return c
}

func main() {
	quit := make(chan string)
	c := boring("Joe", quit)
	for i := 3; i >= 0; i-- {
		fmt.Println(<-c)
	}
	quit <- "Bye!"
	fmt.Printf("Joe says: %q\n", <-quit)
	// Channel closed by the producer: second receive gets the zero value.
	done := make(chan struct{})
	go func() { close(done) }()
	<-done
	_, ok := <-done
	fmt.Println("done closed:", !ok)
}
