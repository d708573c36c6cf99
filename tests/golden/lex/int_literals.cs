// checks: integer literals in every base, with _ separators
package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 0o52, 0O52, 052, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1111_0000, 0o_7_7, 0_7)
	fmt.Println(0, 00, 0x0, 9223372036854775807)
	var u uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u)
}
