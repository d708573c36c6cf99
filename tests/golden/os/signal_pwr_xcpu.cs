package main

// SIGPWR and SIGXCPU are Go's notify-only signals: dropped unless Notify
// asked for them, then relayed, also across forced collections (the
// collector stops threads with two real-time signals of its own).

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

var keep [][]int

func allocate() {
	for i := 0; i < 200; i++ {
		keep = append(keep, make([]int, 1000))
	}
	runtime.GC()
}

func main() {
	self := os.Getpid()
	for _, s := range []syscall.Signal{syscall.SIGPWR, syscall.SIGXCPU} {
		syscall.Kill(self, s)
		time.Sleep(5 * time.Millisecond)
		fmt.Println("survived", s, signal.Ignored(s))
	}
	c := make(chan os.Signal, 2)
	signal.Notify(c, syscall.SIGPWR, syscall.SIGXCPU)
	for round := 0; round < 3; round++ {
		allocate()
		syscall.Kill(self, syscall.SIGPWR)
		fmt.Println("got", <-c)
		allocate()
		syscall.Kill(self, syscall.SIGXCPU)
		fmt.Println("got", <-c)
	}
	signal.Stop(c)
	syscall.Kill(self, syscall.SIGPWR)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("survived SIGPWR after Stop,", len(keep), "slices kept")
}
