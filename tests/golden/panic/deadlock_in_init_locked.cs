// checks: a deadlock during package initialisation shows goroutine 1
// "locked to thread", as Go's runtime.main holds that lock until main.main
package main

import "fmt"

var v = wait()

func wait() int {
	c := make(chan int)
	fmt.Println("waiting in package init")
	return <-c
}

func main() {
	fmt.Println(v)
}
