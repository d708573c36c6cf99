// counter: the notes' channel-token counter. N goroutines each take the
// count from a channel of capacity 1, add one and put it back.
// Size: number of goroutines (default 1000000). Check value: N.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ch := make(chan int, 1)
	done := make(chan bool, 100)
	ch <- 0
	for i := 0; i < n; i++ {
		go func() {
			x := <-ch
			ch <- x + 1
			done <- true
		}()
	}
	for i := 0; i < n; i++ {
		<-done
	}
	fmt.Println(<-ch)
}
