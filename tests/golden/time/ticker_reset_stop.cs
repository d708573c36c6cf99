package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Reset(15 * time.Millisecond)
	t0 := time.Now()
	<-tk.C
	// might have a buffered tick from before the reset; drain up to two
	el := time.Since(t0)
	fmt.Println("after reset got a tick", el < time.Second)
	tk.Stop()
	time.Sleep(30 * time.Millisecond)
	select {
	case <-tk.C:
		// at most one leftover tick could be buffered
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("no ticks after stop")
	}
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("restarted after stop via reset")
	tk.Stop()
	tk.Stop()
	fmt.Println("double stop ok")

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	time.NewTicker(0)
}
