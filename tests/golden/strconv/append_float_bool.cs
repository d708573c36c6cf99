package main

// strconv.AppendFloat and AppendBool append what FormatFloat and
// FormatBool return, to nil, empty and non-empty slices, in every
// format and with 32- and 64-bit rounding.

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -2.5, 1e21, 1e-7, 123456.789, math.Pi, math.MaxFloat64,
		math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 0.1, 16777217}
	var b []byte
	for _, v := range vals {
		for _, f := range []byte{'g', 'e', 'E', 'f', 'G', 'b', 'x', 'X'} {
			for _, prec := range []int{-1, 0, 3} {
				b = strconv.AppendFloat(b, v, f, prec, 64)
				b = append(b, ' ')
				b = strconv.AppendFloat(b, v, f, prec, 32)
				b = append(b, '\n')
			}
		}
	}
	fmt.Print(string(b))
	x := strconv.AppendBool(nil, true)
	x = strconv.AppendBool(x, false)
	y := strconv.AppendFloat(make([]byte, 0, 2), 2.5, 'f', 2, 64)
	fmt.Println(string(x), string(y), len(y))
}
