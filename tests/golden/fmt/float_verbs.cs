// checks: every float verb (%v %b %e %E %f %F %g %G %x %X) with flags, width and
// precision on float64 and float32, and strconv.FormatFloat in all formats
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.5, -2.25, 3.141592653589793, 1e21, 1e20, 123456789, 1e-7, 1.5e-300, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 100000, 1000000, 0.0001, 0.00001, 2.5, 0.125, 12345.678, 1e100, 255, -3}
	verbs := []string{"%v", "%x", "%X", "%b", "%e", "%E", "%g", "%G", "%f", "%F", "%8.3f", "%+.2e", "%#g", "%#x", "%.3x", "%10.2X", "%-12.4g|", "%012.3f", "% .2f", "%+v", "%#v", "%.0f", "%.0e", "%.0g", "%#.0f", "%#.0e", "%.20f", "%.30e", "%.17g", "%#.3x", "%+x", "% x", "%010x", "%-10x|", "%.1x", "%.0x", "%20.10b", "%#b", "%#e", "%#.4g", "%08.3e", "%-08.3e|", "%+08.3f"}
	for _, v := range vals {
		for _, vb := range verbs {
			fmt.Printf(vb+" ", v)
		}
		fmt.Println()
		f := float32(v)
		for _, vb := range verbs {
			fmt.Printf(vb+" ", f)
		}
		fmt.Println()
		for _, c := range []byte("bxXeEfgG") {
			for _, p := range []int{-1, 0, 3, 10} {
				fmt.Print(strconv.FormatFloat(v, c, p, 64), " ", strconv.FormatFloat(v, c, p, 32), " ")
			}
		}
		fmt.Println()
	}
	fmt.Println(float32(0.1), float32(1e10), float32(16777216), float32(3.4e38), 1e6, 1e-5, float32(1e-45))
	fmt.Printf("%v %v\n", "c", []float64{1.5, math.Inf(1)})
	fmt.Printf("%6.2f|%-8.3v|%8v|\n", 3.14159, 2.0/3, -0.0)
	fmt.Printf("%x %X\n", 1.0, -0.1)
	fmt.Printf("%s %d %t %q\n", 1.5, 2.5, 3.5, 4.5)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%*.*f|\n", 10, 3, math.Pi)
	fmt.Printf("%v %.3v %10.4v|\n", 1e-10, 123456.0, 0.000012345)
}
