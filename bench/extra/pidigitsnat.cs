package main

// pidigits (Benchmarks Game) with a hand-written bignum instead of
// math/big (pidigits.cs): naturals are
// little-endian []uint32 limbs (the accumulator carries a sign),
// multiplied by small factors, added and subtracted reusing their
// arrays; the digit extraction divides by repeated subtraction (the
// quotient is below 10). Prints the digits in the
// game's format, 10 per line, and a digit sum.

import (
	"fmt"
	"os"
	"strconv"
)

type nat []uint32

// mulSmall returns dst = x*m, reusing dst's array (dst may be x).
func mulSmall(dst, x nat, m uint32) nat {
	dst = grow(dst, len(x))
	var carry uint64
	for i, v := range x {
		t := uint64(v)*uint64(m) + carry
		dst[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		dst = append(dst, uint32(carry))
	}
	return dst.trim()
}

// add returns dst = a+b (dst may be a or b).
func add(dst, a, b nat) nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	dst = grow(dst, len(a))
	var carry uint64
	for i := range a {
		t := uint64(a[i]) + carry
		if i < len(b) {
			t += uint64(b[i])
		}
		dst[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		dst = append(dst, uint32(carry))
	}
	return dst
}

// sub returns dst = a-b for a >= b (dst may be a or b).
func sub(dst, a, b nat) nat {
	dst = grow(dst, len(a))
	var borrow int64
	for i := range a {
		t := int64(a[i]) - borrow
		if i < len(b) {
			t -= int64(b[i])
		}
		borrow = 0
		if t < 0 {
			t += 1 << 32
			borrow = 1
		}
		dst[i] = uint32(t)
	}
	return dst.trim()
}

func grow(z nat, n int) nat {
	if cap(z) < n {
		nz := make(nat, n, n+n/4+4)
		copy(nz, z)
		return nz
	}
	return z[:n]
}

func (z nat) trim() nat {
	for len(z) > 0 && z[len(z)-1] == 0 {
		z = z[:len(z)-1]
	}
	return z
}

func cmp(x, y nat) int {
	if len(x) != len(y) {
		if len(x) < len(y) {
			return -1
		}
		return 1
	}
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// integer is a signed bignum: sign and magnitude.
type integer struct {
	neg bool
	mag nat
}

// addNat sets z = z + (neg ? -p : p).
func (z *integer) addNat(p nat, neg bool) {
	if z.neg == neg {
		z.mag = add(z.mag, z.mag, p)
		return
	}
	if cmp(z.mag, p) >= 0 {
		z.mag = sub(z.mag, z.mag, p)
	} else {
		z.mag = sub(z.mag, p, z.mag)
		z.neg = neg
	}
	if len(z.mag) == 0 {
		z.neg = false
	}
}

type state struct {
	numer, denom, prod nat
	accum, tmp         integer
}

func (s *state) extract(nth uint32) uint32 {
	s.tmp.neg = s.accum.neg
	s.tmp.mag = append(s.tmp.mag[:0], s.accum.mag...)
	s.prod = mulSmall(s.prod, s.numer, nth)
	s.tmp.addNat(s.prod, false)
	q := uint32(0)
	for cmp(s.tmp.mag, s.denom) >= 0 {
		s.tmp.mag = sub(s.tmp.mag, s.tmp.mag, s.denom)
		q++
	}
	return q
}

func (s *state) nextTerm(k uint32) {
	k2 := 2*k + 1
	s.prod = mulSmall(s.prod, s.numer, 2)
	s.accum.addNat(s.prod, false)
	s.accum.mag = mulSmall(s.accum.mag, s.accum.mag, k2)
	s.denom = mulSmall(s.denom, s.denom, k2)
	s.numer = mulSmall(s.numer, s.numer, k)
}

func (s *state) eliminate(d uint32) {
	s.prod = mulSmall(s.prod, s.denom, d)
	s.accum.addNat(s.prod, true)
	s.accum.mag = mulSmall(s.accum.mag, s.accum.mag, 10)
	s.numer = mulSmall(s.numer, s.numer, 10)
}

// greater reports whether the natural x exceeds the signed a.
func greater(x nat, a integer) bool {
	return a.neg || cmp(x, a.mag) > 0
}

func main() {
	n := 4000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	s := &state{numer: nat{1}, denom: nat{1}}
	line := make([]byte, 0, 10)
	sum := 0
	k := uint32(0)
	for i := 0; i < n; {
		k++
		s.nextTerm(k)
		if greater(s.numer, s.accum) {
			continue
		}
		d := s.extract(3)
		if d != s.extract(4) {
			continue
		}
		line = append(line, byte('0'+d))
		sum += int(d)
		i++
		if i%10 == 0 || i == n {
			fmt.Printf("%-10s\t:%d\n", line, i)
			line = line[:0]
		}
		s.eliminate(d)
	}
	fmt.Println("digit sum", sum, "terms", k, "limbs", len(s.denom))
}
