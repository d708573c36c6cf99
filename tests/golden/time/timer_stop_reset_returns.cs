package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour) // Stop comes first however loaded the machine
	fmt.Println("stop before fire:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("fired")
	fmt.Println("stop after fire:", t.Stop())
	fmt.Println("reset fired:", t.Reset(10*time.Millisecond))
	v := <-t.C
	fmt.Println("fired again, zero time?", v.IsZero())
	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(400 * time.Millisecond)
	if !t2.Stop() {
		<-t2.C
		fmt.Println("drained")
	}
	fmt.Println("reset after drain:", t2.Reset(time.Millisecond))
	<-t2.C
	fmt.Println("done")
}
