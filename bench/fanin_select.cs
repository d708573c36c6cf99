// fanin_select: four producers send on their own channels; one consumer
// selects over the four plus a time.After case that never fires.
// Size: messages in all (default 2000000). Check value: sum of 0..N-1.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func produce(c chan<- int, from, to int) {
	for i := from; i < to; i++ {
		c <- i
	}
	close(c)
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var cs [4]chan int
	for p := 0; p < 4; p++ {
		cs[p] = make(chan int, 16)
		go produce(cs[p], p*n/4, (p+1)*n/4)
	}
	timeout := time.After(time.Hour)
	sum, open := 0, 4
	for open > 0 {
		select {
		case v, ok := <-cs[0]:
			if !ok {
				cs[0] = nil
				open--
			}
			sum += v
		case v, ok := <-cs[1]:
			if !ok {
				cs[1] = nil
				open--
			}
			sum += v
		case v, ok := <-cs[2]:
			if !ok {
				cs[2] = nil
				open--
			}
			sum += v
		case v, ok := <-cs[3]:
			if !ok {
				cs[3] = nil
				open--
			}
			sum += v
		case <-timeout:
			fmt.Println("timeout")
			return
		}
	}
	fmt.Println(sum)
}
