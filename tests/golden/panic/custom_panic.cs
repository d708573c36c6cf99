// checks: panic with a string prints it after "panic: " and exits 2
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash")
	panic("something bad happened")
}
