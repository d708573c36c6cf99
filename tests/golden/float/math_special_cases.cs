// Go's special cases in package math where the C library answers
// differently: the bits of NaN() and of the NaNs that functions return,
// Dim(Inf, Inf), Nextafter(0, -0), Modf(Inf), Ilogb(0) and Ilogb(NaN);
// plus FMA, Logb and Nextafter32.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	b := math.Float64bits
	fmt.Printf("NaN %x\n", b(nan))
	fmt.Printf("Sin %x Cos %x Tan %x\n", b(math.Sin(inf)), b(math.Cos(inf)), b(math.Tan(inf)))
	fmt.Printf("Log %x Log10 %x Log2 %x Log1p %x\n", b(math.Log(-1)), b(math.Log10(-1)), b(math.Log2(-1)), b(math.Log1p(-2)))
	fmt.Printf("Pow %x %x Sqrt %x\n", b(math.Pow(-2, 0.5)), b(math.Pow(-2, 1.5)), b(math.Sqrt(-1)))
	fmt.Printf("Asin %x Acos %x Acosh %x Atanh %x\n", b(math.Asin(2)), b(math.Acos(2)), b(math.Acosh(0)), b(math.Atanh(2)))
	fmt.Printf("Mod %x %x Remainder %x %x\n", b(math.Mod(1, 0)), b(math.Mod(inf, 1)), b(math.Remainder(1, 0)), b(math.Remainder(inf, 1)))
	fmt.Printf("Gamma %x Erf %x Erfinv %x\n", b(math.Gamma(-1)), b(math.Erf(nan)), b(math.Erfinv(2)))
	fmt.Printf("Max %x Min %x\n", b(math.Max(nan, 1)), b(math.Min(1, nan)))
	fmt.Printf("Dim %x %x %v %v\n", b(math.Dim(inf, inf)), b(math.Dim(-inf, -inf)), math.Dim(3, 5), math.Dim(5, 3))
	for _, x := range []float64{inf, -inf, 2.5, -2.5, nz, nan} {
		i, f := math.Modf(x)
		fmt.Printf("Modf(%v) %x %x\n", x, b(i), b(f))
	}
	fmt.Printf("Nextafter %x %x %v %v %x\n", b(math.Nextafter(0, nz)), b(math.Nextafter(nz, 0)),
		math.Nextafter(1, 2), math.Nextafter(0, -1), b(math.Nextafter(nan, 1)))
	fmt.Printf("Nextafter32 %x %x %v %v %x\n", math.Float32bits(math.Nextafter32(0, float32(nz))),
		math.Float32bits(math.Nextafter32(float32(nz), 0)), math.Nextafter32(1, 2), math.Nextafter32(0, -1),
		math.Float32bits(math.Nextafter32(float32(nan), 1)))
	for _, x := range []float64{0, nz, 1, 0.75, 1024, 5e-324, 1e-310, -3e300, inf, -inf, nan} {
		fmt.Println("Ilogb Logb", x, math.Ilogb(x), math.Logb(x))
	}
	fmt.Println("FMA", math.FMA(0.1, 10, -1), math.FMA(1e308, 10, -inf), math.FMA(2, 3, 4), math.FMA(nz, 1, nz),
		math.FMA(1+1.0/(1<<52), 1-1.0/(1<<52), -1))
}
