// Typed constants at the 32-bit extremes (uint32 above 1<<31 - 1, int32's
// minimum) combined with variables: the arithmetic stays 32-bit. csc once
// spelt these constants as 64-bit C literals, so v <= ^(v & 4294967295)
// compared as int64 (false) and a * -2147483648 did not wrap. Found by
// tests/gen (rand_274).
package main

import "fmt"

func main() {
	var z uint32 = 0
	var u uint32 = 3
	fmt.Println(z <= ^(z&4294967295), z < ^(z|2147483648), ^(z | 2147483648))
	fmt.Println(u*4294967295 > 5, (u*4294967295)>>1, (u*4294967295)/7, (u^4294967295)%10)
	fmt.Println(-(u & 4294967295), (u+4294967293) < u, uint64(u*4294967295), float64(u*4294967295))
	var a int32 = 3
	fmt.Println(a*-2147483648 == -2147483648, (a*-2147483648)>>1, (a*-2147483648)/3)
	fmt.Println(a+-2147483648 < 0, (a|-2147483648)>>30, int64(a*-2147483648), -(a * -2147483648))
	var r rune = 'x'
	fmt.Println(r*-2147483648 < 0, (r^-2147483648)>>4)
}
