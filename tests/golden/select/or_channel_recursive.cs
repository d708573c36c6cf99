// The recursive or-channel (Concurrency in Go): the first of many done channels to close wins.

package main

import (
	"fmt"
	"time"
)

func or(chans ...<-chan interface{}) <-chan interface{} {
	switch len(chans) {
	case 0:
		return nil
	case 1:
		return chans[0]
	}
	orDone := make(chan interface{})
	go func() {
		defer close(orDone)
		switch len(chans) {
		case 2:
			select {
			case <-chans[0]:
			case <-chans[1]:
			}
		default:
			select {
			case <-chans[0]:
			case <-chans[1]:
			case <-chans[2]:
			case <-or(append(chans[3:], orDone)...):
			}
		}
	}()
	return orDone
}

func after(d time.Duration) <-chan interface{} {
	c := make(chan interface{})
	go func() {
		defer close(c)
		time.Sleep(d)
	}()
	return c
}

func main() {
	start := time.Now()
	<-or(after(2*time.Hour), after(5*time.Minute), after(30*time.Millisecond), after(time.Hour), after(time.Minute))
	el := time.Since(start)
	fmt.Println("done after", el >= 30*time.Millisecond && el < 10*time.Second)
}
