// checks: the Stop-then-drain idiom, one value per firing, zero and
// negative durations fire at once
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	if !t.Stop() {
		<-t.C
		fmt.Println("drained after failed stop")
	}
	t.Reset(5 * time.Millisecond)
	v := <-t.C
	fmt.Println("second fire nonzero:", !v.IsZero())
	select {
	case <-t.C:
		fmt.Println("unexpected")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no second value")
	}
	t0 := time.NewTimer(0)
	<-t0.C
	fmt.Println("zero timer fired")
	tn := time.NewTimer(-time.Second)
	<-tn.C
	fmt.Println("negative timer fired")
}
