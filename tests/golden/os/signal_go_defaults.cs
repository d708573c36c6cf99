package main

// Signals Go drops unless Notify asked for them (SIGUSR1, SIGUSR2,
// SIGALRM, SIGVTALRM, SIGPROF, SIGIO, SIGXFSZ, real-time signals) leave
// the program running, before Notify and after Stop; SIGABRT ends it with
// a goroutine dump and exit status 2, as SIGQUIT does.

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	self := os.Getpid()
	for _, s := range []syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM,
		syscall.SIGVTALRM, syscall.SIGPROF, syscall.SIGIO, syscall.SIGXFSZ, syscall.Signal(40)} {
		syscall.Kill(self, s)
		time.Sleep(5 * time.Millisecond)
		fmt.Println("survived", s)
	}
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	syscall.Kill(self, syscall.SIGUSR1)
	fmt.Println("notified:", <-c)
	signal.Stop(c)
	syscall.Kill(self, syscall.SIGUSR1)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("survived SIGUSR1 after Stop")
	signal.Reset()
	syscall.Kill(self, syscall.SIGABRT)
	time.Sleep(10 * time.Second) // the signal ends the program long before
	fmt.Println("not reached")
}
