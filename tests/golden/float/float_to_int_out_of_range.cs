// checks: out-of-range float to integer conversions give gc's amd64 values:
// int8/int16/int32/uint8/uint16 go through a 32-bit conversion (so 3e9 is
// INT32_MIN, narrowed to 0), int64/int/uint32 through a 64-bit one, and
// uint64 through gc's unsigned sequence; NaN and the infinities likewise.
package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{-1e20, -1e10, -3e9, -2147483648.5, -70000.7, -200.5, -1.9, -0.5,
		0.5, 200.5, 300.2, 70000.7, 2147483647.9, 3e9, 5e9, 1e10, 1e19, 1.8e19, 1e20,
		math.Inf(1), math.Inf(-1), math.NaN()}
	for _, f := range fs {
		fmt.Println(f, int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f),
			uint32(f), uint64(f), uint(f), uintptr(f), rune(f), byte(f))
	}
	for _, f := range fs {
		g := float32(f)
		fmt.Println(g, int8(g), int16(g), int32(g), int64(g), uint8(g), uint16(g), uint32(g), uint64(g))
	}
}
