// checks: recursion within a lowered SetMaxStack limit works in main and in
// a goroutine, and raising the limit again allows deep recursion
package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	var pad [64]byte
	pad[n%64] = 1
	if n == 0 {
		return int(pad[0])
	}
	return depth(n-1) + int(pad[n%64])
}

func main() {
	fmt.Println(debug.SetMaxStack(4 << 20))
	// About 100 bytes a frame: 5000 frames fit well within 4 MiB.
	fmt.Println(depth(5000))
	done := make(chan int)
	go func() { done <- depth(5000) }()
	fmt.Println(<-done)
	fmt.Println(debug.SetMaxStack(1 << 30))
	fmt.Println(depth(200000))
}
