package main

// Request loops guarded by timeouts that never fire: every receive is
// a select between the data channel and a fresh time.After of one
// second (plus a time.NewTimer variant that is stopped), so each step
// creates, and later abandons or stops, a runtime timer.

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumeAfter(in <-chan int) (int, int) {
	sum, timeouts := 0, 0
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return sum, timeouts
			}
			sum += v
		case <-time.After(time.Second):
			timeouts++
		}
	}
}

func consumeTimer(in <-chan int) (int, int) {
	sum, timeouts := 0, 0
	for {
		t := time.NewTimer(time.Second)
		select {
		case v, ok := <-in:
			t.Stop()
			if !ok {
				return sum, timeouts
			}
			sum += v
		case <-t.C:
			timeouts++
		}
	}
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	res := make(chan [2]int)
	for w := 0; w < 4; w++ {
		w := w
		go func() {
			c := make(chan int)
			go producer(n/4, c)
			var s, t int
			if w%2 == 0 {
				s, t = consumeAfter(c)
			} else {
				s, t = consumeTimer(c)
			}
			res <- [2]int{s, t}
		}()
	}
	sum, to := 0, 0
	for w := 0; w < 4; w++ {
		r := <-res
		sum += r[0]
		to += r[1]
	}
	fmt.Println("sum", sum, "timeouts", to)
}
