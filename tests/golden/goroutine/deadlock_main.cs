// checks: all goroutines asleep: fatal error and exit 2
// check: goroutine status
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to block")
	ch <- 1
}
