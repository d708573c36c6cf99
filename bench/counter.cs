// counter: the notes' channel-token counter. N goroutines each take the
// count from a channel of capacity 1, add one and put it back; a
// sync.WaitGroup waits for all of them, so up to N are alive at once.
// Size: number of goroutines (default 1000000). Check value: N.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var wg sync.WaitGroup
	wg.Add(n)
	ch := make(chan int, 1)
	ch <- 0
	for i := 0; i < n; i++ {
		go func() {
			x := <-ch
			x = x + 1
			ch <- x
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(<-ch)
}
