// Zero and negative durations: Sleep, After, NewTimer fire at once; Tick(-1) is nil; channel capacities.

package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(-5 * time.Second)
	time.Sleep(0)
	<-time.After(0)
	<-time.After(-time.Second)
	t := time.NewTimer(-1)
	v := <-t.C
	fmt.Println(!v.IsZero(), t.Stop(), t.Reset(0))
	<-t.C
	tk := time.NewTicker(time.Hour)
	fmt.Println(cap(tk.C), len(tk.C), cap(t.C))
	tk.Stop()
	fmt.Println(time.Tick(-1) == nil)
	c := time.After(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(c))
}
