package main

// Integer constants beyond 2^127 are held as long double in csc: a value
// needing more than its 64-bit mantissa is a clear error, never a rounded
// value (Go, exact to 512 bits, accepts these).

import "fmt"

const huge = 1 << 200

func main() {
	fmt.Println(huge/3 > 0)
	fmt.Println(^huge < 0)
	fmt.Println((huge + 1) > huge)
	fmt.Println(123456789012345678901234567890123456789012345 > 0)
}
