// checks: runtime.Gosched and NumGoroutine basics
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	go func() {
		runtime.Gosched()
		done <- true
	}()
	runtime.Gosched()
	<-done
	fmt.Println("ok", runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) >= 1)
}
