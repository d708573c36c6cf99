package main

// Bit manipulation with math/bits: population counts, leading/trailing
// zeros, rotations and byte reversal over a xorshift stream; 64x64->128
// multiplication (bits.Mul64) and add-with-carry (bits.Add64) in a
// 128-bit accumulator; Gray codes; a bitboard knight-move count; and
// next-permutation of bits (Gosper's hack) enumerating k-subsets.
// Prints the accumulated results.

import (
	"fmt"
	"math/bits"
	"os"
	"strconv"
)

func xorshift(s *uint64) uint64 {
	x := *s
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	*s = x
	return x
}

func knightAttacks(b uint64) uint64 {
	const notA = 0xfefefefefefefefe
	const notAB = 0xfcfcfcfcfcfcfcfc
	const notH = 0x7f7f7f7f7f7f7f7f
	const notGH = 0x3f3f3f3f3f3f3f3f
	return (b<<17)&notA | (b<<15)&notH | (b<<10)&notAB | (b<<6)&notGH |
		(b>>17)&notH | (b>>15)&notA | (b>>10)&notGH | (b>>6)&notAB
}

func streamStats(n int) {
	s := uint64(88172645463325252)
	pop, lz, tz, rot, rev := 0, 0, 0, uint64(0), uint64(0)
	var hi, lo uint64
	for i := 0; i < n; i++ {
		x := xorshift(&s)
		pop += bits.OnesCount64(x)
		lz += bits.LeadingZeros64(x >> (i & 31))
		tz += bits.TrailingZeros64(x | 1<<63)
		rot ^= bits.RotateLeft64(x, i&63)
		rev += bits.ReverseBytes64(x) >> 60
		rev += uint64(bits.Reverse32(uint32(x))) & 0xff
		h, l := bits.Mul64(x, 0x9e3779b97f4a7c15)
		var c uint64
		lo, c = bits.Add64(lo, l, 0)
		hi, _ = bits.Add64(hi, h, c)
	}
	fmt.Println("pop", pop, "lz", lz, "tz", tz, "rot", rot, "rev", rev)
	fmt.Println("acc128", hi, lo, bits.Len64(hi))
}

func grayCodes(n int) {
	sum := uint64(0)
	prev := uint32(0)
	flips := 0
	for i := uint32(0); i < uint32(n); i++ {
		g := i ^ i>>1
		flips += bits.OnesCount32(g ^ prev)
		back := g
		for shift := uint(1); shift < 32; shift <<= 1 {
			back ^= back >> shift
		}
		if back != i {
			panic("gray")
		}
		sum += uint64(g)
		prev = g
	}
	fmt.Println("gray", sum, flips)
}

func knights(n int) {
	s := uint64(12345)
	total := 0
	for i := 0; i < n; i++ {
		board := xorshift(&s) & xorshift(&s)
		att := knightAttacks(board)
		total += bits.OnesCount64(att) + bits.OnesCount64(att&^board)
	}
	fmt.Println("knights", total)
}

func subsets(width, k int) {
	count := 0
	acc := uint64(0)
	v := uint64(1)<<k - 1
	limit := uint64(1) << width
	for v < limit {
		count++
		acc = acc*31 + uint64(bits.TrailingZeros64(v)) + uint64(bits.Len64(v))
		t := v | (v - 1)
		v = (t + 1) | (((^t & -^t) - 1) >> (bits.TrailingZeros64(v) + 1))
	}
	fmt.Println("subsets", count, acc)
}

func main() {
	n := 50000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	streamStats(n)
	grayCodes(n / 4)
	knights(n / 2)
	subsets(26, 8)
}
