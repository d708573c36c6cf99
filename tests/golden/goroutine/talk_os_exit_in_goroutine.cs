// checks: os.Exit(3) in a goroutine while others spin ends the program at
// once without running any deferred call
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("main defer never runs")
	for i := 0; i < 4; i++ {
		go func() {
			for {
				time.Sleep(time.Millisecond)
			}
		}()
	}
	go func() {
		defer fmt.Println("goroutine defer never runs")
		time.Sleep(20 * time.Millisecond)
		fmt.Println("exiting from goroutine")
		os.Exit(3)
	}()
	for {
		time.Sleep(time.Millisecond)
	}
}
