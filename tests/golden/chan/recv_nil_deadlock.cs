// checks: receiving from a nil channel blocks forever: deadlock
// check: goroutine status
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println("receiving from nil")
	<-ch
}
