// checks: the program exits when main returns, even with goroutines blocked or running
package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { <-block }()
	}
	go func() {
		for {
		}
	}()
	fmt.Println("main done")
}
