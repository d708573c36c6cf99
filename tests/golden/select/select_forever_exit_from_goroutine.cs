package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("exiting from goroutine")
		os.Exit(3)
	}()
	tk := time.NewTicker(time.Hour)
	_ = tk
	select {}
}
