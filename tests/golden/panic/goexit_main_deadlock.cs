package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(200 * time.Millisecond) // main's deferred print comes first even on a loaded machine
		fmt.Println("goroutine still runs after main Goexit")
	}()
	defer fmt.Println("main deferred runs")
	runtime.Goexit()
	fmt.Println("unreachable")
}
