// checks: floats inside structs, slices, maps and %#v; ParseFloat edge cases;
// rounding of halfway cases under %.Nf
package main

import (
	"fmt"
	"math"
	"strconv"
)

type P struct {
	X float32
	Y float64
}

func main() {
	println(1.5, -0.0, math.Inf(1), math.NaN(), float32(2.5), 1e300, 0.0)
	fmt.Println(P{1.5, 2e-7}, &P{3, math.Inf(-1)}, []float32{0.1, 0.2}, map[float64]int{math.NaN(): 1, 1: 2})
	fmt.Printf("%v %+v %#v\n", P{1, 2}, P{0.5, -1e21}, P{1e-7, 100})
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 1e6, 1e21, float32(3))
	fmt.Printf("%6.2v|%08.3g|%-8.2e|%+08v\n", []float64{1.234, 5.6}, 3.14159, 2.5, -7.25)
	fmt.Printf("%x %X %#v\n", []float64{1, 2.5}, [2]float32{-1, 0.75}, []any{1.5, float32(2)})
	for _, s := range []string{"1e400", "-1e400", "0x1p-2", "1_000.5", "inf", "-Inf", "NaN", "1e-400", ".5", "5.", "0x1.8p1", "1e", "", "+3.4e38", "3.5e38"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, g, err2)
	}
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, float32(math.MaxFloat32))
	var x float32 = 16777217
	fmt.Println(x, float64(x), x*3, float32(1)/3)
	fmt.Printf("%.3f %.3f %.2f %.1f %.0f %.0f %.0f\n", 1.0005, 2.0015, 1.005, 0.25, 0.5, 1.5, 2.5)
	fmt.Printf("%5.1q %d\n", 1.0, []float64{2})
	fmt.Print(1.0, 2.0, "a", 3.0, "\n")
	fmt.Print(1.0, "\n")
	s := fmt.Sprint(float32(1e-10), math.Pi)
	fmt.Println(s, len(s))
}
