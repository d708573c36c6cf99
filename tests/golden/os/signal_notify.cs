package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	fmt.Println(syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGUSR1, syscall.Signal(64), syscall.Signal(99))
	fmt.Printf("%v %d %T %T\n", os.Interrupt, syscall.SIGTERM, os.Interrupt, os.Kill)
	before := runtime.NumGoroutine()

	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1, syscall.SIGUSR2)
	fmt.Println("goroutines added:", runtime.NumGoroutine()-before)
	syscall.Kill(syscall.Getpid(), syscall.SIGUSR1)
	fmt.Println("got", <-c)
	p, _ := os.FindProcess(os.Getpid())
	p.Signal(syscall.SIGUSR2)
	s := <-c
	fmt.Println("got", s, s == syscall.SIGUSR2)

	// two channels for one signal
	d := make(chan os.Signal, 1)
	signal.Notify(d, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println("both", <-c, <-d)

	// Stop: c no longer gets SIGUSR1, d still does
	signal.Stop(c)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	fmt.Println("d", <-d)
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("c stopped")
	}

	// Ignore
	signal.Ignore(syscall.SIGUSR1)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGUSR1), signal.Ignored(syscall.SIGUSR2))
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	select {
	case s := <-d:
		fmt.Println("unexpected", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("d ignored it")
	}

	// NotifyContext
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP)
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	<-ctx.Done()
	fmt.Println("ctx:", ctx.Err())
	stop()

	// errors
	err := syscall.Kill(1<<22+12345, syscall.SIGUSR2)
	fmt.Println(err, err == syscall.ESRCH, errors.Is(err, syscall.ESRCH))
	q, _ := os.FindProcess(1<<22 + 12345)
	fmt.Println(q.Signal(syscall.SIGUSR2), q.Pid)
	fmt.Println(q.Kill() == os.ErrProcessDone)

	// Reset to default: SIGTERM now kills the process
	signal.Notify(c, syscall.SIGTERM)
	signal.Reset(syscall.SIGTERM)
	fmt.Println("exiting by SIGTERM")
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	time.Sleep(10 * time.Second) // the signal ends the program long before
	fmt.Println("not reached")
}
