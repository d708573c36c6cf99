package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println(runtime.NumCPU() >= 1)
	old := runtime.GOMAXPROCS(0)
	fmt.Println(old >= 1)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev == old, runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(3)
	fmt.Println(runtime.GOMAXPROCS(old))
	fmt.Println(runtime.NumGoroutine())
	stop := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() { <-stop }()
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	close(stop)
	for runtime.NumGoroutine() > 1 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(runtime.NumGoroutine())
}
