// Package math/bits: Go 1.19's bit counting and manipulation functions
// for the unsigned integer types.
//
// The counting functions (OnesCount*, LeadingZeros*, TrailingZeros*,
// Len*), ReverseBytes*, Reverse*, and the 64-bit (and uint) Add, Sub, Mul
// and Div have no body here: bits.c defines them with GCC's builtins and
// runtime/rt_ops.h's rt_bits_* helpers, and the code generator open-codes
// direct calls to them (compiler/codegen/gen_intrin.c, KEEP IN SYNC) the
// way gc makes them intrinsics, so a hot popcount is one instruction and a
// Mul64 one MULQ, not a call. The rest is plain CS, small enough to be
// leaves that gcc inlines. uint is 64 bits wide in CS, so the uint forms
// are the 64-bit ones.
package bits

// UintSize is the size of a uint in bits.
const UintSize = 64

func OnesCount(x uint) int
func OnesCount8(x uint8) int
func OnesCount16(x uint16) int
func OnesCount32(x uint32) int
func OnesCount64(x uint64) int

func LeadingZeros(x uint) int
func LeadingZeros8(x uint8) int
func LeadingZeros16(x uint16) int
func LeadingZeros32(x uint32) int
func LeadingZeros64(x uint64) int

func TrailingZeros(x uint) int
func TrailingZeros8(x uint8) int
func TrailingZeros16(x uint16) int
func TrailingZeros32(x uint32) int
func TrailingZeros64(x uint64) int

func Len(x uint) int
func Len8(x uint8) int
func Len16(x uint16) int
func Len32(x uint32) int
func Len64(x uint64) int

func ReverseBytes(x uint) uint
func ReverseBytes16(x uint16) uint16
func ReverseBytes32(x uint32) uint32
func ReverseBytes64(x uint64) uint64

// RotateLeft* return x rotated left by (k mod width) bits; a negative k
// rotates right.
func RotateLeft(x uint, k int) uint {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// Reverse* return x with its bits in reversed order.
func Reverse(x uint) uint
func Reverse8(x uint8) uint8
func Reverse16(x uint16) uint16
func Reverse32(x uint32) uint32
func Reverse64(x uint64) uint64

// Add* return x + y + carry and the carry out; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint)

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Add64(x, y, carry uint64) (sum, carryOut uint64)

// Sub* return x - y - borrow and the borrow out; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint)

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return
}

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64)

// Mul* return the double-width product of x and y as its high and low
// halves.
func Mul(x, y uint) (hi, lo uint)

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Mul64(x, y uint64) (hi, lo uint64)

// Div* return the quotient and remainder of (hi, lo) divided by y. They
// panic with Go's run-time errors when y is 0 (integer divide by zero) or
// y <= hi (integer overflow: the quotient would not fit).
func Div(hi, lo, y uint) (quo, rem uint)
func Div64(hi, lo, y uint64) (quo, rem uint64)

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panicOverflow()
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

// Rem* return the remainder of (hi, lo) divided by y; unlike Div*, they
// accept y <= hi (hi % y leaves the same remainder). A y of 0 panics with
// integer divide by zero.
func Rem(hi, lo, y uint) uint {
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}

func panicOverflow()
