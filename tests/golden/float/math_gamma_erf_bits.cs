// math.Gamma, Lgamma, Erf, Erfc, Erfinv and Erfcinv agree with Go bit for
// bit (ports of Go's algorithms, not libm's tgamma, lgamma, erf and erfc),
// over their working ranges and every special case.
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x2545F4914F6CDD1D

// arg returns a uniform float64 in [lo, hi).
func arg(lo, hi float64) float64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return lo + (hi-lo)*float64(seed>>11)/(1<<53)
}

func hash(name string, f func(float64) float64, lo, hi float64) {
	h := uint64(0)
	for i := 0; i < 40000; i++ {
		h = h*31 + math.Float64bits(f(arg(lo, hi)))
	}
	fmt.Printf("%-7s %016x\n", name, h)
}

func lgamma(x float64) float64 {
	lg, sign := math.Lgamma(x)
	return lg * float64(sign)
}

func main() {
	hash("Gamma", math.Gamma, -33, 33)
	hash("Lgamma", lgamma, -40, 200)
	hash("Erf", math.Erf, -1.25, 1.25)
	hash("Erfc", math.Erfc, -1.25, 1.25)
	hash("Erfinv", math.Erfinv, -1, 1)
	hash("Erfcinv", math.Erfcinv, 0, 2)
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	for _, x := range []float64{0, nz, 1e-300, 0.5, -0.5, 1, -1, 2, 3, 4.5, 10, -2.5, 33.5, -40.5, 171, 172, 1e10, -1e10, inf, -inf, nan} {
		lg, sign := math.Lgamma(x)
		fmt.Println(x, math.Gamma(x), lg, sign)
	}
	for _, x := range []float64{0, nz, 1e-310, 0.1, -0.1, 0.84375, 1, -1, 1.3, 2, 3, 6, 27, 30, inf, -inf, nan} {
		fmt.Println(x, math.Erf(x), math.Erfc(x))
	}
	for _, x := range []float64{0, nz, 0.5, -0.5, 0.9, 0.999999, 1, -1, 1.5, 2, 3, inf, nan} {
		fmt.Println(x, math.Erfinv(x), math.Erfcinv(x))
	}
}
