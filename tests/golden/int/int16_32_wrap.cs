// checks: int16, uint16, int32, uint32 overflow wraps
package main

import "fmt"

func main() {
	var a int16 = 32767
	a += 2
	var b uint16 = 65535
	b += 2
	var c int32 = 2147483647
	c++
	var d uint32 = 4000000000
	d *= 2
	var e int32 = 65536
	e *= e
	fmt.Println(a, b, c, d, e)
	var f int32 = 123456789
	f *= 1000
	fmt.Println(f)
}
