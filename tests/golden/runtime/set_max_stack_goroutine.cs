// checks: debug.SetMaxStack lowers the limit a goroutine's recursion meets;
// the overflow message names the new limit (exit 2)
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	var pad [100]byte
	pad[n%100] = byte(n)
	return f(n+1) + int(pad[0])
}

func main() {
	debug.SetMaxStack(1 << 20)
	fmt.Println("recursing")
	done := make(chan int)
	go func() { done <- f(0) }()
	fmt.Println(<-done)
}
