package main

// Notify for signals no process can catch takes none of them over, but
// its first call still starts the delivering goroutine, which must find
// its wake-up pipe; later signals are relayed as usual.

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGKILL, syscall.SIGSTOP)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("still running")
	signal.Notify(c, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println("got", <-c)
}
