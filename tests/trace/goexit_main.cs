// Run by goexit_main.sh: main calls runtime.Goexit after another goroutine
// has started; that one finishes, and then nothing is left.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine finished")
	}()
	defer fmt.Println("main deferred runs")
	runtime.Goexit()
}
