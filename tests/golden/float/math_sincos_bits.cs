// math.Sin, Cos and Sincos agree with Go bit for bit: small arguments
// (Cody-Waite reduction), huge ones (Payne-Hanek) and the special cases.
package main

import (
	"fmt"
	"math"
)

func main() {
	const n = 500000000
	fmt.Println(math.Sin(n), math.Sin(math.Pi), math.Cos(math.Pi/2), math.Sin(math.Pi/6))
	for _, x := range []float64{0, math.Copysign(0, -1), 1e-300, 0.5, 1, 2, 3, 10, 100, -7.25,
		1 << 29, 1<<29 + 0.5, 1e10, 1e15, 3.6028797018963968e16, 1e22, 1e100, 1e300, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN()} {
		s, c := math.Sincos(x)
		fmt.Println(x, math.Sin(x), math.Cos(x), s, c, math.Sin(-x))
	}
	h := uint64(0)
	for i := 0; i < 200000; i++ {
		x := float64(i)*0.0123 - 1200
		h = h*31 + math.Float64bits(math.Sin(x))
		h = h*31 + math.Float64bits(math.Cos(x*x))
	}
	fmt.Printf("%x\n", h)
	for e := 30; e < 1024; e += 7 {
		x := math.Ldexp(1.2345, e)
		h = h*31 + math.Float64bits(math.Sin(x)) + math.Float64bits(math.Cos(x))
	}
	fmt.Printf("%x\n", h)
}
