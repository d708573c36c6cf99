package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	time.AfterFunc(10*time.Millisecond, func() {
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
