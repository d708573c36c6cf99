// checks: select loops with timeouts, a producer faster than the timeout,
// and a timeout per iteration with time.After (a second: the producer
// sleeps 10 ms, so load cannot make the timeout win early)
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(10 * time.Millisecond)
			c <- i
		}
	}()
	for {
		select {
		case v := <-c:
			fmt.Println("value", v)
			continue
		case <-time.After(time.Second):
			fmt.Println("timeout")
		}
		break
	}
	timer := time.NewTimer(50 * time.Millisecond)
	ticks := time.NewTicker(time.Hour)
	select {
	case <-ticks.C:
		fmt.Println("tick")
	case <-timer.C:
		fmt.Println("timer")
	}
	ticks.Stop()
}
