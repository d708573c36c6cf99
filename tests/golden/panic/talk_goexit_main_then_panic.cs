// checks: after main calls runtime.Goexit the program keeps running until
// another goroutine panics (exit 2)
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker still running after main exited")
		var m map[string]int
		m["x"] = 1
	}()
	runtime.Goexit()
}
