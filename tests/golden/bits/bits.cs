package main

import (
	"fmt"
	"math/bits"
)

var vals64 = []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0xf0f0, 0x12345678, 1 << 31, 1<<32 - 1, 1 << 32,
	0x0123456789abcdef, 1 << 63, 1<<64 - 1, 0xfedcba9876543210}

func counts() {
	for _, v := range vals64 {
		fmt.Println(v, bits.OnesCount64(v), bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.Len64(v),
			bits.OnesCount(uint(v)), bits.LeadingZeros(uint(v)), bits.TrailingZeros(uint(v)), bits.Len(uint(v)))
		w := uint32(v)
		fmt.Println(" 32:", bits.OnesCount32(w), bits.LeadingZeros32(w), bits.TrailingZeros32(w), bits.Len32(w))
		h := uint16(v)
		fmt.Println(" 16:", bits.OnesCount16(h), bits.LeadingZeros16(h), bits.TrailingZeros16(h), bits.Len16(h))
		b := uint8(v)
		fmt.Println(" 8:", bits.OnesCount8(b), bits.LeadingZeros8(b), bits.TrailingZeros8(b), bits.Len8(b))
	}
}

func reverse() {
	for _, v := range vals64 {
		fmt.Printf("%x %x %x %x\n", bits.Reverse64(v), bits.Reverse32(uint32(v)), bits.Reverse16(uint16(v)), bits.Reverse8(uint8(v)))
		fmt.Printf("%x %x %x %x\n", bits.ReverseBytes64(v), bits.ReverseBytes32(uint32(v)), bits.ReverseBytes16(uint16(v)), bits.ReverseBytes(uint(v)))
		fmt.Printf("%x\n", bits.Reverse(uint(v)))
	}
}

func rotate() {
	for _, k := range []int{0, 1, 3, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, -1, -9, -64, -100} {
		fmt.Printf("%d: %x %x %x %x %x\n", k, bits.RotateLeft64(0x0123456789abcdef, k), bits.RotateLeft32(0x89abcdef, k),
			bits.RotateLeft16(0xabcd, k), bits.RotateLeft8(0x81, k), bits.RotateLeft(0xf0, k))
	}
}

func arith() {
	pairs := [][2]uint64{{0, 0}, {1, 1}, {1<<64 - 1, 1}, {1<<64 - 1, 1<<64 - 1}, {1 << 63, 1 << 63}, {12345, 67890},
		{0xdeadbeefcafebabe, 0x0123456789abcdef}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		for c := uint64(0); c < 2; c++ {
			s, co := bits.Add64(x, y, c)
			d, bo := bits.Sub64(x, y, c)
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			s0, co0 := bits.Add(uint(x), uint(y), uint(c))
			d0, bo0 := bits.Sub(uint(x), uint(y), uint(c))
			fmt.Println(x, y, c, s, co, d, bo, s32, co32, d32, bo32, s0, co0, d0, bo0)
		}
		hi, lo := bits.Mul64(x, y)
		hi32, lo32 := bits.Mul32(uint32(x), uint32(y))
		h0, l0 := bits.Mul(uint(x), uint(y))
		fmt.Println("mul", hi, lo, hi32, lo32, h0, l0)
		if y != 0 {
			fmt.Println("rem", bits.Rem64(x, y, y), bits.Rem64(y, x, y), bits.Rem(uint(x), uint(x), uint(y)))
			if x < y {
				q, r := bits.Div64(x, 0xfeedface, y)
				q0, r0 := bits.Div(uint(x), 42, uint(y))
				fmt.Println("div", q, r, q0, r0)
			}
		}
		if uint32(y) != 0 {
			fmt.Println("rem32", bits.Rem32(uint32(x), uint32(y), uint32(y)))
			if uint32(x) < uint32(y) {
				q, r := bits.Div32(uint32(x), 77, uint32(y))
				fmt.Println("div32", q, r)
			}
		}
	}
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name, r, ok, err)
	}()
	f()
}

func panics() {
	try("div64 zero", func() { bits.Div64(0, 1, 0) })
	try("div64 overflow", func() { bits.Div64(5, 1, 5) })
	try("div32 zero", func() { bits.Div32(0, 1, 0) })
	try("div32 overflow", func() { bits.Div32(7, 1, 3) })
	try("div overflow", func() { bits.Div(7, 1, 3) })
	try("rem64 zero", func() { bits.Rem64(1, 1, 0) })
	try("rem32 zero", func() { bits.Rem32(1, 1, 0) })
}

func values() {
	fs := []func(uint64) int{bits.OnesCount64, bits.LeadingZeros64, bits.TrailingZeros64, bits.Len64}
	for _, f := range fs {
		fmt.Println(f(0), f(40), f(1<<64-1))
	}
	g := bits.ReverseBytes32
	fmt.Printf("%x\n", g(0x11223344))
	fmt.Println(bits.UintSize, bits.Len8(bits.Reverse8(1)))
	var n uint = 1 << 40
	fmt.Println(bits.TrailingZeros(n) + bits.LeadingZeros(n>>1))
}

// Calls whose results are dropped: statements, deferred, in goroutines.
func statements() {
	x := uint64(0xff00)
	bits.OnesCount64(x)
	bits.Len(uint(x))
	bits.ReverseBytes32(5)
	defer bits.TrailingZeros64(x)
	done := make(chan bool)
	go func() {
		defer close(done)
		bits.LeadingZeros8(1)
	}()
	<-done
	var t_ uint64 = 5 // the name of nothing generated
	fmt.Println(bits.Len64(t_), bits.Len(uint(bits.OnesCount64(x))))
}

func main() {
	statements()
	counts()
	reverse()
	rotate()
	arith()
	panics()
	values()
}
