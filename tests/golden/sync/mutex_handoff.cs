// checks: a Mutex locked in one goroutine can be unlocked in another
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		fmt.Println("second locker got it")
		mu.Unlock()
		done <- true
	}()
	fmt.Println("unlocking from main")
	mu.Unlock()
	<-done
}
