// checks: channel panics are recoverable and report Go's text
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	c := make(chan int, 1)
	close(c)
	try("send", func() { c <- 1 })
	try("close", func() { close(c) })
	var n chan int
	try("close nil", func() { close(n) })
}
