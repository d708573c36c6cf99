package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-t.C
		fmt.Println("timer fired")
	}()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	wg.Wait()
}
