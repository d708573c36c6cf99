package main

// Run by sigquit_spin.sh at GOMAXPROCS=1: main prints "ready" and spins
// in a loop that never blocks; SIGQUIT interrupts it there, so the dump
// shows it "[running]" with its frames, as Go's does.

import "fmt"

var total int

func spin(step int) {
	for i := 0; ; i += step {
		total += i % 7
	}
}

func main() {
	fmt.Println("ready")
	spin(3)
}
