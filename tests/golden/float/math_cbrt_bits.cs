// math.Cbrt agrees with Go bit for bit: exact cubes, subnormals, signs.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, math.Copysign(0, -1), 1, 8, 27, -27, 1000, 1e-300, 5e-324, 2.2e-308,
		1e300, math.MaxFloat64, 0.001, 2, 3, 10, math.Inf(1), math.Inf(-1), math.NaN()} {
		fmt.Println(x, math.Cbrt(x))
	}
	h := uint64(0)
	for i := 1; i < 200000; i++ {
		x := float64(i)*0.377 - 5000
		h = h*31 + math.Float64bits(math.Cbrt(x)) + math.Float64bits(math.Cbrt(x*1e-310))
	}
	fmt.Printf("%x\n", h)
}
