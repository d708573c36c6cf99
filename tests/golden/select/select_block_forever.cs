// checks: main returns while a goroutine sits in select {}
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
		select {}
	}()
	fmt.Println(<-ch)
}
