// checks: Println's shortest formatting of float64 values
package main

import "fmt"

func main() {
	fmt.Println(3.0, 0.1+0.2, 1.0/3.0, 2.0/3.0, -0.5)
	fmt.Println(1e20, 1e21, 123456789.0, 1e-4, 1e-5, 0.000123)
	fmt.Println(100.0, 1e6, 1.5e300, 5e-324)
	var z float64
	fmt.Println(z, -z, 1/3.0*3)
	x := 10.0
	x /= 4
	fmt.Println(x, x*x)
}
