// math.Log10, Log2, Sinh, Cosh and Tanh agree with Go bit for bit. Those
// built on Exp are checked on values that Go's FMA and non-FMA paths round
// alike (the polynomial range and special cases).
package main

import (
	"fmt"
	"math"
)

func main() {
	h := uint64(0)
	for i := 0; i < 200000; i++ {
		x := float64(i)*0.0173 + 1e-9
		h = h*31 + math.Float64bits(math.Log10(x)) + math.Float64bits(math.Log2(x*x))
		y := float64(i)*0.000005 - 0.5
		h = h*31 + math.Float64bits(math.Sinh(y)) + math.Float64bits(math.Tanh(y*1.2))
	}
	fmt.Printf("%x\n", h)
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	for _, x := range []float64{0, nz, 1, 8, 1024, 0.125, 1e-320, 100, 1000, 1e300, 0.001, inf, -inf, nan, -2} {
		fmt.Println(x, math.Log10(x), math.Log2(x))
	}
	for _, x := range []float64{0, nz, 0.25, -0.4, 100, 800, inf, -inf, nan} {
		fmt.Println(x, math.Sinh(x), math.Cosh(x), math.Tanh(x))
	}
}
