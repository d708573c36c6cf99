// checks: AfterFunc runs its function in a new goroutine; Stop cancels it
// (the stopped timer is a second away, so Stop always comes first)
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { done <- "ran" })
	fmt.Println(<-done)

	t := time.AfterFunc(time.Second, func() { done <- "should not run" })
	fmt.Println("stopped:", t.Stop())
	select {
	case s := <-done:
		fmt.Println(s)
	case <-time.After(1500 * time.Millisecond):
		fmt.Println("cancelled")
	}

	t = time.AfterFunc(time.Hour, func() { done <- "reset ran" })
	fmt.Println("reset:", t.Reset(10*time.Millisecond))
	fmt.Println(<-done)
}
