// checks: integer conversions truncate and sign-extend
package main

import "fmt"

func main() {
	var big int64 = 0x1234567890
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int(u8), int64(int8(u8)))
	var u32 uint32 = 3000000000
	fmt.Println(int32(u32), int64(u32))
	var r rune = 0x10FFFF
	fmt.Println(byte(r), uint16(r))
	var up uintptr = 12
	fmt.Println(int(up) + 1)
}
