// checks: select {} blocks forever; with nothing else alive it is a deadlock
// check: goroutine status
package main

import "fmt"

func main() {
	fmt.Println("blocking")
	select {}
}
