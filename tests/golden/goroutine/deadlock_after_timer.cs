// checks: pending timers keep the program alive; once the last has fired
// and its goroutines are done, the blocked main is a deadlock
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	time.AfterFunc(30*time.Millisecond, func() { fmt.Println("fired") })
	t := time.NewTimer(time.Second) // well after the AfterFunc, however loaded the machine
	go func() {
		<-t.C
		fmt.Println("timer goroutine done")
	}()
	<-c
}
