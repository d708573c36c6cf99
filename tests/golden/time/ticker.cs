// checks: a ticker delivers ticks in order, drops ticks for a slow
// receiver (buffer of one), stops, and resets to a new period
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	var last time.Time
	for i := 0; i < 5; i++ {
		t := <-tk.C
		if i > 0 && !t.After(last) {
			fmt.Println("ticks out of order")
		}
		last = t
	}
	fmt.Println("5 ticks")
	time.Sleep(100 * time.Millisecond)
	fmt.Println("buffered while slow:", len(tk.C))
	tk.Stop()
	<-tk.C
	time.Sleep(50 * time.Millisecond)
	fmt.Println("after stop:", len(tk.C))
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("ticking again")
	tk.Stop()

	n := 0
	for range time.Tick(5 * time.Millisecond) {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("tick", n)
	fmt.Println(time.Tick(0) == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
