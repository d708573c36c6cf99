package main

// Ranging over the channel of a ticker stopped before its first tick: no
// tick ever comes and no other goroutine or timer is left, so the runtime
// reports a deadlock (exit status 2) instead of waiting forever. The
// period (1 s) is long enough that no tick fires before Stop on a loaded
// machine; Go may wait for it before it sees the deadlock.

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(time.Second)
	t.Stop()
	fmt.Println("stopped")
	for range t.C {
		fmt.Println("tick")
	}
}
