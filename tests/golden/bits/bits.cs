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

// Every width at 0, 1, each power of two, each power of two minus one
// and max: the counts and reversals of all widths.
func sweep() {
	vs := []uint64{0, 1<<64 - 1}
	for i := 0; i < 64; i++ {
		vs = append(vs, 1<<i, 1<<i-1, 1<<i+1)
	}
	for _, v := range vs {
		fmt.Printf("%x: %x %x %x %x %x|", v, bits.Reverse(uint(v)), bits.Reverse64(v), bits.Reverse32(uint32(v)),
			bits.Reverse16(uint16(v)), bits.Reverse8(uint8(v)))
		fmt.Println(bits.Len(uint(v)), bits.Len64(v), bits.Len32(uint32(v)), bits.Len16(uint16(v)), bits.Len8(uint8(v)),
			bits.LeadingZeros32(uint32(v)), bits.LeadingZeros16(uint16(v)), bits.LeadingZeros8(uint8(v)),
			bits.TrailingZeros32(uint32(v)), bits.TrailingZeros16(uint16(v)), bits.TrailingZeros8(uint8(v)),
			bits.OnesCount32(uint32(v)), bits.OnesCount16(uint16(v)), bits.OnesCount8(uint8(v)))
		h, l := bits.Mul64(v, v)
		h0, l0 := bits.Mul(uint(v), 3)
		s, c := bits.Add64(v, v, 1)
		d, b := bits.Sub64(v, 1<<63, 1)
		s0, c0 := bits.Add(uint(v), 1, 0)
		d0, b0 := bits.Sub(1, uint(v), 0)
		fmt.Println(" ", h, l, h0, l0, s, c, d, b, s0, c0, d0, b0, bits.RotateLeft(uint(v), -3), bits.RotateLeft(uint(v), 70))
		if v > 1 {
			q, r := bits.Div64(v-2, v, v)
			q0, r0 := bits.Div(1, uint(v), uint(v))
			fmt.Println(" ", q, r, q0, r0, bits.Rem64(v, 12345, v-1), bits.Rem(uint(v), 1, 7))
		}
	}
}

// Narrow results in wider expressions: each is its own width, not the
// helper's uint64.
func narrow() {
	x := uint64(0x0102)
	fmt.Println(^bits.Reverse8(uint8(x)), bits.Reverse8(uint8(x))+bits.Reverse8(uint8(x)), ^bits.Reverse16(uint16(x)),
		bits.Reverse32(uint32(x))<<1, -bits.Reverse16(1), bits.Reverse32(1)*2, bits.Reverse8(1) > 100,
		uint64(bits.Reverse16(uint16(x))), int8(bits.Reverse8(3)))
}

var order []string

func arg(name string, v uint64) uint64 {
	order = append(order, name)
	return v
}

func pair(hi, lo uint64) string { return fmt.Sprint(hi, "/", lo) }

func addc(x, y uint64) (uint64, uint64) { return bits.Add64(x, y, 1) }

// Several results through every path: statements, f(g()), return g(),
// assignments to existing variables and fields, function values, go and
// defer, and Go's evaluation order of the arguments.
func results() {
	fmt.Println(pair(bits.Mul64(1<<40, 1<<40)), pair(addc(1<<64-1, 0)), pair(bits.Div64(1, 0, 3)))
	var st struct{ a, b uint64 }
	st.a, st.b = bits.Sub64(arg("x", 3), arg("y", 5), arg("b", 1))
	q, r := bits.Div64(arg("hi", 1), arg("lo", 2), arg("y", 9))
	fmt.Println(st, q, r, order)
	bits.Mul64(3, 4)
	bits.Add(1, 2, 0)
	bits.Reverse64(7)
	mul, add, sub, div := bits.Mul64, bits.Add64, bits.Sub64, bits.Div64
	rev, rev8, mul0 := bits.Reverse, bits.Reverse8, bits.Mul
	fmt.Println(pair(mul(1<<63, 4)), pair(add(1<<63, 1<<63, 1)), pair(sub(0, 1, 1)), pair(div(2, 3, 4)))
	h, l := mul0(1<<63+1, 1<<63+1)
	fmt.Println(rev(1), rev8(6), h, l)
	try("div value zero", func() { div(0, 1, 0) })
	try("div value overflow", func() { div(4, 1, 4) })
	try("div uint overflow", func() { bits.Div(1<<64-1, 0, 1<<64-1) })
	try("rem64 zero hi", func() { bits.Rem64(0, 5, 0) })
	try("div32 zero big hi", func() { bits.Div32(9, 1, 0) })
	done := make(chan bool)
	go func() {
		defer close(done)
		defer bits.Mul64(5, 6)
		defer bits.Reverse32(5)
		go bits.Add64(1, 2, 0)
		try("deferred div", func() { defer bits.Div64(1, 1, 1) })
	}()
	<-done
}

func main() {
	statements()
	counts()
	reverse()
	rotate()
	arith()
	panics()
	values()
	sweep()
	narrow()
	results()
}
