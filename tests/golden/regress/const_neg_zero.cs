package main

import "fmt"

// Exact constants have no negative zero: -0.0 is 0; only runtime
// negation of a float variable gives -0.
func main() {
	const z = -0.0
	var f float64 = -0.0
	x := 0.0
	fmt.Println(-0.0, z, f, -x, 1/f > 0, 0.0*-1)
}
