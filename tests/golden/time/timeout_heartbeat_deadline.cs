package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("operation timed out")

func slowOp(d time.Duration) <-chan int {
	c := make(chan int, 1)
	go func() {
		time.Sleep(d)
		c <- int(d / time.Millisecond)
	}()
	return c
}

func withTimeout(d, limit time.Duration) (int, error) {
	select {
	case v := <-slowOp(d):
		return v, nil
	case <-time.After(limit):
		return 0, ErrTimeout
	}
}

func main() {
	v, err := withTimeout(10*time.Millisecond, 500*time.Millisecond)
	fmt.Println(v, err)
	v, err = withTimeout(600*time.Millisecond, 50*time.Millisecond)
	fmt.Println(v, err, errors.Is(err, ErrTimeout))
	heartbeat := time.NewTicker(30 * time.Millisecond)
	defer heartbeat.Stop()
	deadline := time.NewTimer(200 * time.Millisecond)
	beats := 0
loop:
	for {
		select {
		case <-heartbeat.C:
			beats++
		case <-deadline.C:
			break loop
		}
	}
	fmt.Println("beats in range:", beats >= 1)
}
