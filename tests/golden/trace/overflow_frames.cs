package main

// A stack overflow names the recursing function, at most 100 frames.

import "fmt"

func deep(n int) int {
	var pad [8]int
	pad[n%8] = n
	return deep(n+1) + pad[(n+3)%8] + 1
}

func main() {
	fmt.Println(deep(0))
}
