package main

// gc: a := where a var declaration wants = is "unexpected :=, expecting ="

func main() {
	var x, y := 1, 2
	_, _ = x, y
}
