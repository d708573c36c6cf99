// math.Expm1, Exp2, Log1p, Asinh, Acosh and Atanh agree with Go bit for
// bit (ports of Go's algorithms, not libm's), over their working ranges,
// tiny and huge arguments, and every special case.
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x9E3779B97F4A7C15

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
	for e := -1074; e < 1024; e += 3 {
		x := math.Ldexp(1.0+float64(e&7)/8, e)
		h = h*31 + math.Float64bits(f(x)) + 7*math.Float64bits(f(-x))
	}
	fmt.Printf("%-6s %016x\n", name, h)
}

func main() {
	hash("Expm1", math.Expm1, -40, 710)
	hash("Exp2", math.Exp2, -1080, 1030)
	hash("Log1p", math.Log1p, -1, 50)
	hash("Asinh", math.Asinh, -12, 12)
	hash("Acosh", math.Acosh, 1, 40)
	hash("Atanh", math.Atanh, -1, 1)
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	for _, x := range []float64{0, nz, 1e-20, -1e-20, 0.3, -0.3, 1, -1, 2, 10, -10, 0.5, 700, 710, -800, 1e300, inf, -inf, nan} {
		fmt.Println(x, math.Expm1(x), math.Exp2(x), math.Log1p(x), math.Asinh(x), math.Acosh(x), math.Atanh(x))
	}
	fmt.Printf("%x %x\n", math.Float64bits(math.Log1p(-2)), math.Float64bits(math.Atanh(nz)))
}
