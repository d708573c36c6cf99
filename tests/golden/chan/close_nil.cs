// checks: closing a nil channel panics
package main

import "fmt"

func main() {
	var ch chan bool
	fmt.Println("closing nil")
	close(ch)
}
