// checks: a panic in another goroutine ends the whole program with exit 2
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		var a []int
		_ = a[3]
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
