// checks: comparisons of untyped float constants beyond float64 (and
// long double) range against ordinary ones
package main

import "fmt"

func main() {
	fmt.Println(1e4000 > 0, 1e5000 > 0, -1e5000 < 1, 1e5000 != 2)
}
