package main

// Run by sigquit.sh: prints "ready" and blocks until SIGQUIT.

import (
	"fmt"
	"time"
)

func sleeper(d time.Duration) {
	for {
		time.Sleep(d)
		fmt.Print("")
	}
}

func main() {
	go sleeper(time.Second)
	ch := make(chan int)
	fmt.Println("ready")
	<-ch
	fmt.Println("never")
}
