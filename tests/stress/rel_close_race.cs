// Close racing with sends and receives: 64 senders keep sending until the
// channel is closed under them (the "send on closed channel" panics are
// recovered and counted), 8 receivers drain; no value may be lost or
// duplicated: the sum and count received equal those of completed sends.
package main

import "fmt"

func sender(c chan int, base int, res chan [3]int) {
	sum, n := 0, 0
	msg := 0
	defer func() {
		if r := recover(); r != nil {
			if fmt.Sprint(r) == "send on closed channel" {
				msg = 1
			}
		}
		res <- [3]int{sum, n, msg}
	}()
	for i := 1; ; i++ {
		v := base + i
		c <- v
		sum += v
		n++
	}
}

func round(capacity, stopAfter int) string {
	c := make(chan int, capacity)
	res := make(chan [3]int)
	rcv := make(chan [2]int)
	for s := 0; s < 64; s++ {
		go sender(c, s*1000000, res)
	}
	count := make(chan bool, stopAfter)
	for r := 0; r < 8; r++ {
		go func() {
			sum, n := 0, 0
			for v := range c {
				sum += v
				n++
				select {
				case count <- true:
				default:
				}
			}
			rcv <- [2]int{sum, n}
		}()
	}
	for i := 0; i < stopAfter; i++ {
		<-count
	}
	close(c)
	sentSum, sentN, panics := 0, 0, 0
	for s := 0; s < 64; s++ {
		x := <-res
		sentSum += x[0]
		sentN += x[1]
		panics += x[2]
	}
	gotSum, gotN := 0, 0
	for r := 0; r < 8; r++ {
		x := <-rcv
		gotSum += x[0]
		gotN += x[1]
	}
	return fmt.Sprint(sentSum == gotSum, sentN == gotN, panics == 64, gotN >= stopAfter)
}

func main() {
	for _, capacity := range []int{0, 1, 16, 1024} {
		for _, stop := range []int{1, 100, 5000} {
			fmt.Println(capacity, stop, round(capacity, stop))
		}
	}
}
