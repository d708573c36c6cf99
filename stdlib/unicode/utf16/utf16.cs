// Package utf16: UTF-16 encoding and decoding of Unicode code points, as
// Go 1.19's. Code points above U+FFFF take a surrogate pair: a high
// surrogate (U+D800-DBFF) carrying the top ten bits of r-0x10000 and a
// low one (U+DC00-DFFF) the bottom ten. Anything invalid (a lone
// surrogate, a rune out of range) becomes U+FFFD.
package utf16

const (
	replacementChar = '\uFFFD'
	maxRune         = '\U0010FFFF'

	surr1    = 0xd800 // first high surrogate
	surr2    = 0xdc00 // first low surrogate
	surr3    = 0xe000 // after the last low surrogate
	surrSelf = 0x10000
)

// IsSurrogate reports whether r can appear in a surrogate pair.
func IsSurrogate(r rune) bool { return surr1 <= r && r < surr3 }

// DecodeRune returns the code point of the surrogate pair r1, r2, or
// U+FFFD if it is not a valid pair.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the surrogate pair of r, or U+FFFD twice if r needs
// none or is not a valid code point.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// Encode returns the UTF-16 encoding of s.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, v := range s {
		if v >= surrSelf {
			n++
		}
	}
	a := make([]uint16, 0, n)
	for _, v := range s {
		switch {
		case 0 <= v && v < surr1, surr3 <= v && v < surrSelf:
			a = append(a, uint16(v))
		case surrSelf <= v && v <= maxRune:
			r1, r2 := EncodeRune(v)
			a = append(a, uint16(r1), uint16(r2))
		default:
			a = append(a, uint16(replacementChar))
		}
	}
	return a
}

// Decode returns the code points of the UTF-16 encoding s.
func Decode(s []uint16) []rune {
	a := make([]rune, 0, len(s))
	for i := 0; i < len(s); i++ {
		r := rune(s[i])
		switch {
		case r < surr1, surr3 <= r:
			a = append(a, r)
		case r < surr2 && i+1 < len(s) && surr2 <= rune(s[i+1]) && rune(s[i+1]) < surr3:
			a = append(a, DecodeRune(r, rune(s[i+1])))
			i++
		default:
			a = append(a, replacementChar)
		}
	}
	return a
}
