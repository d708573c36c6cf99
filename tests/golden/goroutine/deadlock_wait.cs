// checks: deadlock with several goroutines all blocked on channels
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() { <-a; b <- 1 }()
	go func() { <-b; a <- 1 }()
	fmt.Println("waiting")
	<-a
}
