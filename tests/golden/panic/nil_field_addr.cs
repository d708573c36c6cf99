package main

// Reading a field through a nil pointer: Go's signal line names the
// field's offset as the faulting address (8 for the second word), the
// address Go's unchecked load faults at.

import (
	"fmt"
	"os"
)

type point struct {
	x int
	y int
}

var origin *point

func yOf(p *point) int {
	return p.y
}

func main() {
	if len(os.Args) > 5 {
		origin = &point{}
	}
	fmt.Println("reading")
	fmt.Println(yOf(origin))
}
