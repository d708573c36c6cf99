// checks: v, ok := <-ch after close: buffered values first, then zero and false
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Printf("%q %v\n", v, ok)
	}
	ich := make(chan int)
	close(ich)
	fmt.Println(<-ich, <-ich)
}
