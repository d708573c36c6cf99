// checks: unsigned division, modulo, comparison and large values
package main

import "fmt"

func main() {
	var a uint64 = 18446744073709551615
	fmt.Println(a, a/3, a%10, a/2 > a/3)
	var b uint32 = 4294967295
	fmt.Println(b/7, b%7, b+1)
	var c uint = 3
	var d uint = 5
	fmt.Println(c-d, (c-d)/2, c-d > d)
	var x uint8 = 200
	var y uint8 = 100
	fmt.Println(x+y, x-y, y-x, x*2, x/y)
	var h uint64 = 1 << 63
	fmt.Println(h, h/1000000007, h%1000000007)
}
