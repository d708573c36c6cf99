// checks: int64/int/uint64 wrapping, including MinInt64 / -1 and % -1
package main

import "fmt"

func main() {
	var max int64 = 9223372036854775807
	max++
	fmt.Println(max)
	var i int = -9223372036854775808
	m := -1
	fmt.Println(i/m, i%m, -i)
	var u uint64 = 18446744073709551615
	u++
	fmt.Println(u)
	var x int = 1 << 62
	fmt.Println(x*4, x*2)
	var p uint64 = 1 << 63
	fmt.Println(p*2, p+p-1)
}
