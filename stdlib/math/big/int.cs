// Package math/big: arbitrary-precision integers (Int) as in Go 1.19,
// computed by GMP (gmp.c). Float and Rat are not provided.
//
// An Int has Go's own layout, {neg, abs}, abs being the magnitude's
// 64-bit words, least significant first, with no leading zero word; a
// zero Int has no words and neg false. GMP's mpz_t stores the same words
// (64-bit limbs, the same order, normalised), so gmp.c lends GMP a view
// of each operand ({cap, ±len, ptr}) and writes the result's words back
// into z: no conversion, and fmt prints a big.Int value exactly as Go
// does ({false [5]}). The words come from the collector's pointer-free
// heap (gmp.c sets GMP's allocation functions) and are never freed by
// hand: a shallow copy of an Int may still refer to them, as in Go.
//
// What is plain CS here: everything that only reads the words (Sign,
// Int64, BitLen, ...) and Go's own recipes where GMP's conventions
// differ (Euclidean Div/Mod sign fix-ups, Exp with negative exponents,
// ModInverse, Binomial, GCD's zero cases), written after Go's so the
// results agree exactly. Every division by zero panics here before GMP
// would raise SIGFPE, with Go's message. String conversion: intconv.cs.
package big

import "math/bits"

// A Word is one digit of a magnitude.
type Word uint

// MaxBase is the largest number base accepted for string conversions.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

type nat []Word

// An Int is a signed integer of any size; its zero value is 0. Methods
// take the result as receiver (z.Add(x, y) sets z = x+y and returns z)
// and allow operands and result to be the same Int.
type Int struct {
	neg bool
	abs nat
}

// The operations gmp.c performs. KEEP IN SYNC: gmp.c's enum op.
const (
	opSet = iota
	opNeg
	opAbs
	opNot
	opSqrt
	opAdd
	opSub
	opMul
	opQuo
	opRem
	opDiv
	opMod
	opAnd
	opAndNot
	opOr
	opXor
	opLsh
	opRsh
)

// unop sets z = op(x); binop sets z = x op y; shift sets z = x << n or
// x >> n; quoRem sets q, r to x/y and x%y truncated.
func unop(op int, z, x *Int)
func binop(op int, z, x, y *Int)
func shift(op int, z, x *Int, n uint)
func quoRem(q, r, x, y *Int)

// cmp compares x and y, or |x| and |y|: -1, 0 or +1.
func cmp(x, y *Int, abs bool) int

// gcdext sets d = gcd(|a|, |b|) and, where not nil, s and t such that
// d = a*s + b*t (both a and b non-zero).
func gcdext(d, s, t, a, b *Int)

// expAbs sets z = |x|**|y| mod |m|, or |x|**|y| when m is zero.
func expAbs(z, x, y, m *Int)

// mulRange sets z to the product of a..b, 0 < a <= b.
func mulRange(z *Int, a, b uint64)

// testBit reports bit i of x in two's complement; setBit sets or clears it.
func testBit(x *Int, i int) uint
func setBit(z *Int, i int, b uint)

// probablyPrime runs GMP's Baillie-PSW test plus n-24 Miller-Rabin rounds.
func probablyPrime(x *Int, n int) bool

var intOne = NewInt(1)

func checkDivisor(y *Int) {
	if len(y.abs) == 0 {
		panic("division by zero")
	}
}

// ---- setting ----------------------------------------------------------------

// NewInt allocates and returns a new Int set to x.
func NewInt(x int64) *Int {
	return new(Int).SetInt64(x)
}

// SetInt64 sets z to x and returns z.
func (z *Int) SetInt64(x int64) *Int {
	neg := x < 0
	if neg {
		x = -x
	}
	z.SetUint64(uint64(x))
	z.neg = neg
	return z
}

// SetUint64 sets z to x and returns z.
func (z *Int) SetUint64(x uint64) *Int {
	z.neg = false
	if x == 0 {
		z.abs = z.abs[:0]
	} else {
		z.abs = append(z.abs[:0], Word(x))
	}
	return z
}

// Set sets z to x and returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		unop(opSet, z, x)
	}
	return z
}

// Bits returns x's magnitude as little-endian Words (shared, not copied).
func (x *Int) Bits() []Word {
	return x.abs
}

// SetBits sets z to the magnitude abs (shared, not copied) and returns z.
func (z *Int) SetBits(abs []Word) *Int {
	n := len(abs)
	for n > 0 && abs[n-1] == 0 {
		n--
	}
	z.abs = nat(abs[:n])
	z.neg = false
	return z
}

// SetBytes interprets buf as a big-endian unsigned integer and sets z to it.
func (z *Int) SetBytes(buf []byte) *Int {
	words := make(nat, (len(buf)+7)/8)
	for i := 0; i < len(buf); i++ {
		k := len(buf) - 1 - i
		words[i/8] |= Word(buf[k]) << (8 * uint(i%8))
	}
	return z.SetBits(words)
}

// ---- reading ----------------------------------------------------------------

// Sign returns -1, 0 or +1 as x is negative, zero or positive.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

func low64(x nat) uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}

// Int64 returns the int64 representation of x (undefined if it does not fit).
func (x *Int) Int64() int64 {
	v := int64(low64(x.abs))
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the uint64 representation of x (undefined if it does not fit).
func (x *Int) Uint64() uint64 {
	return low64(x.abs)
}

// IsInt64 reports whether x can be represented as an int64.
func (x *Int) IsInt64() bool {
	if len(x.abs) <= 1 {
		w := int64(low64(x.abs))
		return w >= 0 || x.neg && w == -w
	}
	return false
}

// IsUint64 reports whether x can be represented as a uint64.
func (x *Int) IsUint64() bool {
	return !x.neg && len(x.abs) <= 1
}

// BitLen returns the length of |x| in bits; 0 for 0.
func (x *Int) BitLen() int {
	n := len(x.abs)
	if n == 0 {
		return 0
	}
	return (n-1)*64 + bits.Len64(uint64(x.abs[n-1]))
}

// TrailingZeroBits returns the number of consecutive zero bits at the
// bottom of |x|; 0 for 0.
func (x *Int) TrailingZeroBits() uint {
	for i, w := range x.abs {
		if w != 0 {
			return uint(i)*64 + uint(bits.TrailingZeros64(uint64(w)))
		}
	}
	return 0
}

// Bytes returns |x| as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	return x.FillBytes(make([]byte, (x.BitLen()+7)/8))
}

// FillBytes sets buf to |x| as a zero-extended big-endian byte slice and
// returns buf; it panics if |x| does not fit.
func (x *Int) FillBytes(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	n := (x.BitLen() + 7) / 8
	if n > len(buf) {
		panic("math/big: buffer too small to fit value")
	}
	for i := 0; i < n; i++ {
		buf[len(buf)-1-i] = byte(x.abs[i/8] >> (8 * uint(i%8)))
	}
	return buf
}

// Cmp compares x and y: -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Int) Cmp(y *Int) int {
	return cmp(x, y, false)
}

// CmpAbs compares |x| and |y|: -1, 0 or +1.
func (x *Int) CmpAbs(y *Int) int {
	return cmp(x, y, true)
}

// Bit returns bit i of x in two's complement (0 or 1).
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	return testBit(x, i)
}
