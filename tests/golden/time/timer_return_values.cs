package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired")
	fmt.Println("stop fired:", t.Stop())
	fmt.Println("reset fired:", t.Reset(time.Hour))
	fmt.Println("reset active:", t.Reset(5*time.Millisecond))
	v := <-t.C
	fmt.Println("got time, zero?", v.IsZero())
	select {
	case <-t.C:
		fmt.Println("unexpected second value")
	default:
		fmt.Println("channel empty after receive")
	}
	// timer fired but not drained
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop undrained fired:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("value still buffered")
	default:
		fmt.Println("nothing buffered")
	}
	// zero and negative durations fire immediately
	t3 := time.NewTimer(0)
	<-t3.C
	fmt.Println("zero timer fired")
	t4 := time.NewTimer(-time.Second)
	<-t4.C
	fmt.Println("negative timer fired")
}
