// checks: AfterFunc runs its function in a new goroutine; Stop cancels it
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(20*time.Millisecond, func() { done <- "ran" })
	fmt.Println(<-done)

	t := time.AfterFunc(30*time.Millisecond, func() { done <- "should not run" })
	fmt.Println("stopped:", t.Stop())
	select {
	case s := <-done:
		fmt.Println(s)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("cancelled")
	}

	t = time.AfterFunc(time.Hour, func() { done <- "reset ran" })
	fmt.Println("reset:", t.Reset(10*time.Millisecond))
	fmt.Println(<-done)
}
