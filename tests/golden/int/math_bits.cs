package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize, bits.OnesCount(255), bits.OnesCount8(0xF0), bits.OnesCount16(0xFFFF), bits.OnesCount32(7), bits.OnesCount64(1<<63|1))
	fmt.Println(bits.LeadingZeros(1), bits.LeadingZeros8(1), bits.LeadingZeros16(0), bits.LeadingZeros32(1<<31), bits.LeadingZeros64(0))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros8(0), bits.TrailingZeros16(0x100), bits.TrailingZeros32(0), bits.TrailingZeros64(1<<40))
	fmt.Println(bits.Len(0), bits.Len(1), bits.Len8(255), bits.Len16(256), bits.Len32(1<<20), bits.Len64(^uint64(0)))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft8(0x81, -1), bits.RotateLeft16(1, 17), bits.RotateLeft32(1, -1), bits.RotateLeft64(3, 63), bits.RotateLeft(1, 64))
	fmt.Printf("%08b %016b %x %x %x\n", bits.Reverse8(1), bits.Reverse16(3), bits.Reverse32(1), bits.Reverse64(0xF), bits.Reverse(2))
	fmt.Printf("%x %x %x %x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708), bits.ReverseBytes(0xAB))
	s, c := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(s, c)
	s, c = bits.Add64(5, 6, 1)
	fmt.Println(s, c)
	s32, c32 := bits.Add32(1<<31, 1<<31, 1)
	fmt.Println(s32, c32)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	du, bu := bits.Sub(5, 5, 1)
	fmt.Println(du, bu)
	d32, b32 := bits.Sub32(3, 1, 1)
	fmt.Println(d32, b32)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(0xFFFFFFFF, 0xFFFFFFFF)
	fmt.Println(h32, l32)
	q, r := bits.Div64(1, 5, 3)
	fmt.Println(q, r)
	q32, r32 := bits.Div32(0, 100, 7)
	fmt.Println(q32, r32, bits.Rem64(10, 3, 7), bits.Rem32(9, 9, 4), bits.Rem(0, 10, 3))
	f := bits.OnesCount
	fmt.Println(f(1023))
	func() {
		defer func() { fmt.Println(recover()) }()
		bits.Div64(5, 0, 5)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var z uint64
		bits.Div64(0, 1, z)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		bits.Rem32(1, 1, 0)
	}()
	hamming := func(x, y int) int { return bits.OnesCount(uint(x ^ y)) }
	fmt.Println(hamming(1, 4))
}
