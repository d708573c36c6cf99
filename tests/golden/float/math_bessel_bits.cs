// math.J0, J1, Jn, Y0, Y1 and Yn agree with Go bit for bit (ports of
// Go's algorithms, not libm's), over small, medium and huge arguments,
// negative orders, and the special cases (Go's J1(-tiny) is positive).
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x853C49E6748FEA9B

func arg(lo, hi float64) float64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return lo + (hi-lo)*float64(seed>>11)/(1<<53)
}

func main() {
	h := uint64(0)
	b := math.Float64bits
	for i := 0; i < 30000; i++ {
		x := arg(-10, 60)
		n := i%41 - 10
		h = h*31 + b(math.J0(x)) + 3*b(math.J1(x)) + 5*b(math.Jn(n, x))
		if x > 0 {
			h = h*31 + b(math.Y0(x)) + 3*b(math.Y1(x)) + 5*b(math.Yn(n, x))
		}
	}
	fmt.Printf("%016x\n", h)
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	for _, x := range []float64{0, nz, 1e-10, -1e-10, 1e-300, 0.5, 1, 2, 2.8571, 4.5454, 8, 25, -3, 1e20, 1e40, 1e100, inf, -inf, nan} {
		fmt.Println(x, math.J0(x), math.J1(x), math.Y0(x), math.Y1(x))
		for _, n := range []int{-3, -2, 2, 3, 40} {
			fmt.Println("  ", n, math.Jn(n, x), math.Yn(n, x))
		}
	}
}
