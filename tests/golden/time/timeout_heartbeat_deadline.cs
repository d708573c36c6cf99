// checks: an operation raced against time.After, a heartbeat ticker until a
// deadline. Fast operations take 10 ms against a 10 s limit, slow ones an
// hour against 50 ms, and the deadline leaves room for many beats.
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
	v, err := withTimeout(10*time.Millisecond, 10*time.Second)
	fmt.Println(v, err)
	v, err = withTimeout(time.Hour, 50*time.Millisecond)
	fmt.Println(v, err, errors.Is(err, ErrTimeout))
	heartbeat := time.NewTicker(30 * time.Millisecond)
	defer heartbeat.Stop()
	deadline := time.NewTimer(time.Second)
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
