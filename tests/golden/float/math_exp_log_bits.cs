// math.Exp and math.Log agree with Go on amd64 bit for bit. Go's Exp
// result depends on whether the CPU has FMA (so does csc's), so Exp is
// checked only on special cases and values that both paths round alike.
package main

import (
	"fmt"
	"math"
)

func main() {
	h := uint64(0)
	for i := 0; i < 300000; i++ {
		x := float64(i)*0.00491 - 745.5
		h = h*31 + math.Float64bits(math.Log(x*x+1e-300))
		h = h*31 + math.Float64bits(math.Log(float64(i)*1e-312))
	}
	fmt.Printf("%x\n", h)
	for _, x := range []float64{0, math.Copysign(0, -1), 1, 2, 10, 0.5, 1e-320, 5e-324, 1e308,
		0.7071067811865476, 0.7071067811865475, math.E, math.Inf(1), math.Inf(-1), math.NaN(), -3} {
		fmt.Println(x, math.Log(x))
	}
	for _, x := range []float64{0, 1, -1, 709.79, -745.2, -1e300, 1e300, math.Inf(1), math.Inf(-1), math.NaN()} {
		fmt.Println(x, math.Exp(x))
	}
}
