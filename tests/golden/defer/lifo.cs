// checks: deferred calls run in reverse order when the function returns
package main

import "fmt"

func work() {
	defer fmt.Println("first deferred, runs last")
	defer fmt.Println("second deferred")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i)
	}
	fmt.Println("body")
}

func main() {
	work()
	fmt.Println("after work")
}
