// math.Pow agrees with Go bit for bit for integer exponents (repeated
// squaring, not libm's correctly rounded pow) and in every special case.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pow(1.05, 10), math.Pow(1.1, 3), math.Pow(10, -3), math.Pow(2, 0.5), math.Pow(7, -0.5))
	principal, rate := 1000.0, 0.035
	for year := 1; year <= 5; year++ {
		fmt.Printf("%d %.10f %v\n", year, principal*math.Pow(1+rate/12, float64(12*year)), math.Pow(1+rate, float64(year)))
	}
	inf, nan := math.Inf(1), math.NaN()
	nz := math.Copysign(0, -1)
	cases := [][2]float64{{0, -1}, {nz, -3}, {nz, -2}, {0, 3}, {nz, 3}, {nz, 2}, {-1, inf}, {0.5, inf},
		{2, inf}, {0.5, -inf}, {2, -inf}, {inf, 2}, {inf, -2}, {-inf, 3}, {-inf, 2}, {-inf, -3},
		{-8, 1.0 / 3}, {nan, 0}, {1, nan}, {nan, 1}, {2, nan}, {-2, 1e300}, {-1, 1e300}, {0.5, 1e300},
		{2, 1e19}, {-2, 3}, {-2, -3}, {1e308, 2}, {1e-308, 2}, {2, -1074}, {2, -1075}, {2, 1023}, {2, 1024},
		{1.0000001, 1e9}, {0.9999999, 123456789}}
	for _, c := range cases {
		fmt.Println(c[0], c[1], math.Pow(c[0], c[1]))
	}
	h := uint64(0)
	for i := 0; i < 100000; i++ {
		x := float64(i)*0.00731 - 300
		h = h*31 + math.Float64bits(math.Pow(x, float64(i%41-20)))
		h = h*31 + math.Float64bits(math.Pow(1+x/1000, float64(i)))
	}
	fmt.Printf("%x\n", h)
}
