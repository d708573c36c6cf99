// checks: debug.SetMaxStack applies to goroutine 1 too: its recursion stops
// at the new limit, named in the message, and deferred calls do not run
package main

import (
	"fmt"
	"runtime/debug"
)

var calls int

func grow(n int) int {
	var pad [256]byte
	pad[n%256] = byte(n)
	calls++
	return grow(n+1) + int(pad[1])
}

func main() {
	prev := debug.SetMaxStack(2 << 20)
	fmt.Println("previous limit", prev)
	defer fmt.Println("deferred calls do not run")
	grow(0)
}
