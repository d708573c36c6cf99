package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	time.AfterFunc(200*time.Millisecond, func() { // long enough that "blocking" prints first even on a loaded machine
		fmt.Println("timer fired")
	})
	c := make(chan int)
	go func() {
		mu.Lock()
		c <- 1
	}()
	fmt.Println("blocking")
	<-c
}
