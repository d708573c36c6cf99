// checks: runtime.GOOS and GOARCH exist (the Go Tour prints them); Gosched
// at GOMAXPROCS(1) interleaves two sayers; NumGoroutine counts blocked ones
package main

import (
	"fmt"
	"runtime"
	"time"
)

func say(s string) {
	for i := 0; i < 3; i++ {
		runtime.Gosched()
		fmt.Println(s)
	}
}

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH)
	switch os := runtime.GOOS; os {
	case "darwin":
		fmt.Println("OS X.")
	case "linux":
		fmt.Println("Linux.")
	default:
		fmt.Printf("%s.\n", os)
	}
	runtime.GOMAXPROCS(1)
	go say("world")
	say("hello")
	time.Sleep(10 * time.Millisecond)
	ch := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { <-ch }()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(ch)
	for runtime.NumGoroutine() > 1 { // the woken receivers end
		time.Sleep(time.Millisecond)
	}
	fmt.Println(runtime.NumGoroutine())
}
