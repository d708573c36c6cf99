// checks: endless recursion in a goroutine, even in tail position, ends
// in Go's "fatal error: stack overflow" (exit 2) instead of a hang
package main

import "fmt"

func forever(n int) int {
	return forever(n + 1)
}

func main() {
	fmt.Println("start")
	done := make(chan int)
	go func() { done <- forever(0) }()
	fmt.Println(<-done)
}
