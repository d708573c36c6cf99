// math.Tan, Atan, Asin, Acos and Atan2 agree with Go bit for bit, special
// cases included (signed zeros, infinities, NaN, |x| > 1).
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan, nz := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	fmt.Println(math.Tan(math.Pi/4), math.Atan(1)*4, math.Asin(0.5), math.Acos(-1), math.Atan2(1, -1))
	for _, x := range []float64{0, nz, 1e-9, 0.3, 0.66, 0.7, 1, 2.4142, 2.5, -3, 1e10, 1e300, inf, -inf, nan} {
		fmt.Println(x, math.Tan(x), math.Atan(x), math.Asin(x/3), math.Acos(x/3))
	}
	vals := []float64{0, nz, 1, -1, inf, -inf, nan}
	for _, y := range vals {
		for _, x := range vals {
			fmt.Print(math.Atan2(y, x), " ")
		}
		fmt.Println()
	}
	h := uint64(0)
	for i := 0; i < 100000; i++ {
		x := float64(i)*0.0017 - 85
		h = h*31 + math.Float64bits(math.Tan(x)) + math.Float64bits(math.Atan(x))
		h = h*31 + math.Float64bits(math.Asin(x/85)) + math.Float64bits(math.Acos(x/90))
		h = h*31 + math.Float64bits(math.Atan2(x, 3-x))
	}
	fmt.Printf("%x %v\n", h, math.Tan(1e22))
}
