package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	n := 60000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const k = 6
	chans := make([]chan int, k)
	for i := range chans {
		chans[i] = make(chan int, 8)
	}
	quit := make(chan bool)
	for i := 0; i < k; i++ {
		go func(i int) {
			for j := 0; j < n; j++ {
				chans[i] <- j*k + i
			}
			close(chans[i])
		}(i)
	}
	sum, got, timeouts, closed := 0, 0, 0, 0
	a, b, c, d, e, f := chans[0], chans[1], chans[2], chans[3], chans[4], chans[5]
	for closed < k {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sum += v
			got++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sum += v
			got++
		case v, ok := <-c:
			if !ok {
				c = nil
				closed++
				continue
			}
			sum += v
			got++
		case v, ok := <-d:
			if !ok {
				d = nil
				closed++
				continue
			}
			sum += v
			got++
		case v, ok := <-e:
			if !ok {
				e = nil
				closed++
				continue
			}
			sum += v
			got++
		case v, ok := <-f:
			if !ok {
				f = nil
				closed++
				continue
			}
			sum += v
			got++
		case <-quit:
			return
		case <-time.After(2 * time.Second):
			timeouts++
		}
	}
	// a timeout that does fire
	select {
	case <-quit:
	case <-time.After(5 * time.Millisecond):
		timeouts += 100
	}
	fmt.Println(got, sum, timeouts >= 100)
}
