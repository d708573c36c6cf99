// checks: go of a nil func value is a fatal error at the go statement
package main

import "fmt"

func main() {
	var f func()
	fmt.Println("before")
	go f()
	fmt.Println("after")
}
