// checks: Timer.Stop and Reset return values, a stopped timer never fires,
// and a reset timer fires once at its new time (the timer stopped before it
// fires is a second away, so Stop always comes first)
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
	v := <-t.C
	fmt.Println("fired:", !v.IsZero())
	fmt.Println("stop fired:", t.Stop())
	fmt.Println("reset fired:", t.Reset(time.Hour))
	fmt.Println("reset active:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	s := time.NewTimer(time.Second)
	s.Stop()
	select {
	case <-s.C:
		fmt.Println("stopped timer fired!")
	case <-time.After(1500 * time.Millisecond):
		fmt.Println("stopped timer stayed quiet")
	}

	// Reset on an expired, undrained timer: the old value is still there.
	u := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("reset expired:", u.Reset(time.Hour))
	fmt.Println("pending:", len(u.C))
	u.Stop()
}
