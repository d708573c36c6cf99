// checks: float32 rounding and conversion to float64
package main

import "fmt"

func main() {
	var f float32 = 0.1
	fmt.Println(f, float64(f))
	var g float32 = 16777216
	fmt.Println(g+1, g+2)
	h := float32(1) / 3
	fmt.Println(h, h*3)
	var d float64 = 0.1
	fmt.Println(float32(d) == f, d == float64(f))
	fmt.Printf("%T %.10f\n", h, h)
}
