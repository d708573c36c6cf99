// checks: iota counts specs in a const group, skips with _, expressions
package main

import "fmt"

const (
	A = iota
	B
	_
	D
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	X = iota * 10
	Y
	Z = "z"
	W
	V = iota
)

func main() {
	fmt.Println(A, B, D)
	fmt.Println(KB, MB, GB)
	fmt.Println(X, Y, Z, W, V)
}
