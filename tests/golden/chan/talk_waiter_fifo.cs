// checks: blocked receivers and senders are served in the order they blocked;
// close wakes every receiver; a blocked sender panics at close.
// Each step waits until its goroutines show as blocked in runtime.Stack's
// dump rather than sleeping, so a loaded machine cannot reorder them.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

// waitBlocked returns once n goroutines are blocked in state ("chan send").
func waitBlocked(state string, n int) {
	buf := make([]byte, 1<<16)
	for strings.Count(string(buf[:runtime.Stack(buf, true)]), "["+state) < n {
		time.Sleep(time.Millisecond)
	}
}

func main() {
	// Receivers queue in the order they blocked; sends hand values over in that order.
	c := make(chan int)
	got := make(chan string, 5)
	for i := 0; i < 5; i++ {
		go func(id int) {
			v := <-c
			got <- fmt.Sprintf("r%d<-%d", id, v)
		}(i)
		waitBlocked("chan receive", i+1)
	}
	for v := 0; v < 5; v++ {
		c <- v * 10
		fmt.Println(<-got)
	}
	// Blocked senders are served in order too, even into a buffered channel.
	b := make(chan string, 1)
	b <- "first"
	for i := 0; i < 4; i++ {
		go func(id int) { b <- fmt.Sprint("s", id) }(i)
		waitBlocked("chan send", i+1)
	}
	for i := 0; i < 5; i++ {
		fmt.Println(<-b, len(b))
	}
	// Close wakes all receivers with zero values.
	z := make(chan int)
	res := make(chan bool, 3)
	for i := 0; i < 3; i++ {
		go func() { v, ok := <-z; res <- v == 0 && !ok }()
	}
	waitBlocked("chan receive", 3)
	close(z)
	fmt.Println(<-res, <-res, <-res)
	// A send on a closed channel from a waiting sender panics even if buffered.
	q := make(chan int, 1)
	q <- 1
	perr := make(chan interface{})
	go func() {
		defer func() { perr <- recover() }()
		q <- 2
	}()
	waitBlocked("chan send", 1)
	close(q)
	fmt.Println(<-perr)
	v, ok := <-q
	fmt.Println(v, ok)
	v, ok = <-q
	fmt.Println(v, ok)
}
