// checks: break with a label leaves a for-select loop; plain break leaves select
package main

import "fmt"

func main() {
	ch := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		quit <- true
	}()
	got := 0
loop:
	for {
		select {
		case v := <-ch:
			if v == 1 {
				break
			}
			got += 10
		case <-quit:
			break loop
		}
	}
	fmt.Println("got", got)
}
