// checks: float division by zero gives ±Inf, NaN compares unequal
package main

import "fmt"

func main() {
	zero := 0.0
	pos := 1 / zero
	neg := -1 / zero
	nan := zero / zero
	fmt.Println(pos, neg, nan)
	fmt.Println(nan == nan, nan != nan, pos > 1e308, neg < -1e308)
	fmt.Println(pos+neg, pos*0, -pos)
	fmt.Printf("%f %e %g %v\n", pos, neg, nan, pos)
}
