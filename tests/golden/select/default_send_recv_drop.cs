package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}
	queue := make(chan int, 3)
	dropped := 0
	for i := 0; i < 10; i++ {
		select {
		case queue <- i:
		default:
			dropped++
		}
	}
	close(queue)
	for v := range queue {
		fmt.Print(v, " ")
	}
	fmt.Println("dropped", dropped)
	// ready closes once main has polled, however late main gets the CPU
	var polls int32
	ready := make(chan struct{})
	go func() {
		for atomic.LoadInt32(&polls) == 0 {
			time.Sleep(time.Millisecond)
		}
		close(ready)
	}()
	for {
		select {
		case <-ready:
			fmt.Println("ready after polling:", atomic.LoadInt32(&polls) > 0)
			return
		default:
			atomic.AddInt32(&polls, 1)
			time.Sleep(time.Millisecond)
		}
	}
}
