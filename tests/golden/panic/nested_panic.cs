// checks: a panic inside a deferred call during panicking; no recover
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
