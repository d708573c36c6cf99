// checks: a Cond.Wait without holding the lock is Go's fatal error
// "sync: unlock of unlocked mutex", exit 2
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	go func() {
		time.Sleep(10 * time.Second) // arrives after main's Wait, however loaded the machine
		mu.Lock()
		ready = true
		mu.Unlock()
		c.Broadcast()
	}()
	for !ready {
		fmt.Println("waiting without holding the lock")
		c.Wait()
	}
	fmt.Println("ready")
}
