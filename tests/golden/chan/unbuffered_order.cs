// checks: one producer and one consumer see values in send order
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan []int)
	go func() {
		var got []int
		for v := range ch {
			got = append(got, v)
		}
		done <- got
	}()
	for i := 0; i < 20; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println(<-done)
}
