// checks: & | ^ &^ and unary ^ on signed and unsigned integers
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b1100
	fmt.Println(^u, u&^0b0100, u|0x80)
	var i int32 = -1
	fmt.Println(^i, i&0xFF, i^0x0F)
	x := 0xF0
	x &= 0x3C
	x |= 1
	x ^= 0xFF
	x &^= 0x80
	x <<= 2
	x >>= 1
	fmt.Println(x)
	fmt.Printf("%b %08b %x\n", 5, uint8(5), ^uint32(0))
}
