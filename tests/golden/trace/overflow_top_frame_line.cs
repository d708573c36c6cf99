package main

// A stack overflow trace starts with the function whose entry found no
// room, at its func line (11), then its callers at the call (line 14), as
// Go's morestack shows them. A 1 MiB limit keeps the recursion short.
import (
	"fmt"
	"runtime/debug"
)

func grow(n int) int {
	var pad [32]int
	pad[n%32] = n
	return grow(n+1) + pad[3]
}

func main() {
	debug.SetMaxStack(1 << 20)
	fmt.Println("recursing")
	fmt.Println(grow(0))
}
