// checks: a goroutine spinning in a loop does not starve the others (preemption)
package main

import "fmt"

func main() {
	go func() {
		for {
		}
	}()
	ch := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 1000; i++ {
			sum += i
		}
		ch <- sum
	}()
	fmt.Println(<-ch)
}
