// checks: %f %e %g %E %G with width and precision
package main

import "fmt"

func main() {
	x := 3.14159265358979
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%08.2f\n", x, x, x, x, x)
	fmt.Printf("%e|%.3e|%E\n", x, x, 123456.789)
	fmt.Printf("%g|%.3g|%g|%g|%G\n", x, x, 1e21, 1e-7, 1e-7)
	fmt.Printf("%+.1f|% .1f|%+.1f\n", x, x, -x)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%v %v\n", float32(2.5), 1e100)
	fmt.Printf("%6.2f%%\n", 99.5)
}
