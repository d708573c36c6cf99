package main

// Run by frames.sh: a panic in function literals nested three deep, in a
// goroutine started by a literal, through a literal of a package variable.
// gc 1.19 counts the literals directly inside each function from 1, a
// nested one adding ".K": main.main.func2.1.1, main.glob..func2.1.

import "fmt"

var handlers = []func(int) int{
	func(x int) int { return x },
	func(x int) int { return func() int { return 10 / x }() },
}

func main() {
	done := make(chan bool)
	first := func() { fmt.Println("first") }
	first()
	go func() {
		check := func(v int) {
			inner := func() { fmt.Println(handlers[1](v)) }
			inner()
		}
		check(5)
		check(0)
		done <- true
	}()
	<-done
}
