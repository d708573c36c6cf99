package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("goroutine still runs after main Goexit")
	}()
	defer fmt.Println("main deferred runs")
	runtime.Goexit()
	fmt.Println("unreachable")
}
