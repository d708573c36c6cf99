// checks: float literals: fractions, exponents, separators, hex floats
package main

import "fmt"

func main() {
	fmt.Println(1.5, .25, 3., 1e3, 1E-2, 6.02e23)
	fmt.Println(1_000.000_5, 0x1p-2, 0x1.8p1, 0X_1FFFP-16)
	fmt.Println(0.0, 1e0, 2.5e+2)
	x := 1e2
	fmt.Printf("%T %v\n", x, x)
}
