package main

// A select-with-default busy poller: 4 producers feed their own small
// buffered channels; one poller sweeps them with select and a default
// branch that does a bit of local work and yields now and then.

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

func main() {
	n := 400000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var chans [4]chan int
	for p := range chans {
		chans[p] = make(chan int, 16)
		go func(p int, c chan<- int) {
			for i := 0; i < n; i++ {
				c <- i*4 + p
			}
			close(c)
		}(p, chans[p])
	}
	a, b, c, d := chans[0], chans[1], chans[2], chans[3]
	open, got, sum, idle, local := 4, 0, 0, 0, uint32(1)
	last := [4]int{-1, -1, -1, -1}
	inOrder := true
	take := func(v int) {
		p := v % 4
		if v/4 != last[p]+1 {
			inOrder = false
		}
		last[p] = v / 4
		got++
		sum += v % 7
	}
	for open > 0 {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
			} else {
				take(v)
			}
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
			} else {
				take(v)
			}
		case v, ok := <-c:
			if !ok {
				c = nil
				open--
			} else {
				take(v)
			}
		case v, ok := <-d:
			if !ok {
				d = nil
				open--
			} else {
				take(v)
			}
		default:
			idle++
			for i := 0; i < 8; i++ {
				local = local*1664525 + 1013904223
			}
			if idle%8 == 0 {
				runtime.Gosched()
			}
		}
	}
	fmt.Println(got, sum, inOrder)
}
