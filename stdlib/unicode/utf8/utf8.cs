// Package utf8: UTF-8 encoding and decoding with Go's rules (invalid
// sequences decode as RuneError of width 1; surrogates and values above
// MaxRune encode as RuneError). Pure CS.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneLen(r rune) int {
	if r < 0 {
		return -1
	} else if r < 0x80 {
		return 1
	} else if r < 0x800 {
		return 2
	} else if 0xD800 <= r && r <= 0xDFFF {
		return -1
	} else if r < 0x10000 {
		return 3
	} else if r <= MaxRune {
		return 4
	}
	return -1
}

func ValidRune(r rune) bool {
	if 0 <= r && r < 0xD800 {
		return true
	}
	return 0xDFFF < r && r <= MaxRune
}

// AppendRune appends the UTF-8 encoding of r to p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	if !ValidRune(r) {
		r = RuneError
	}
	if r < 0x800 {
		return append(p, byte(0xC0|r>>6), byte(0x80|r&0x3F))
	}
	if r < 0x10000 {
		return append(p, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return append(p, byte(0xF0|r>>18), byte(0x80|(r>>12)&0x3F), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
}

// EncodeRune writes the encoding of r into p (which must be large
// enough) and returns the number of bytes written. As in Go, a p too
// short panics on its last needed index before anything is written.
func EncodeRune(p []byte, r rune) int {
	if r >= 0 && r < RuneSelf {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	if r < 0x800 {
		_ = p[1]
		p[0] = byte(0xC0 | r>>6)
		p[1] = byte(0x80 | r&0x3F)
		return 2
	}
	if r < 0x10000 {
		_ = p[2]
		p[0] = byte(0xE0 | r>>12)
		p[1] = byte(0x80 | (r>>6)&0x3F)
		p[2] = byte(0x80 | r&0x3F)
		return 3
	}
	_ = p[3]
	p[0] = byte(0xF0 | r>>18)
	p[1] = byte(0x80 | (r>>12)&0x3F)
	p[2] = byte(0x80 | (r>>6)&0x3F)
	p[3] = byte(0x80 | r&0x3F)
	return 4
}

// DecodeRuneInString returns the first rune of s and its width.
func DecodeRuneInString(s string) (rune, int) {
	n := len(s)
	if n < 1 {
		return RuneError, 0
	}
	c := s[0]
	if c < RuneSelf {
		return rune(c), 1
	}
	var need int
	var r, min rune
	if c >= 0xC2 && c <= 0xDF {
		need, r, min = 1, rune(c&0x1F), 0x80
	} else if c >= 0xE0 && c <= 0xEF {
		need, r, min = 2, rune(c&0x0F), 0x800
	} else if c >= 0xF0 && c <= 0xF4 {
		need, r, min = 3, rune(c&0x07), 0x10000
	} else {
		return RuneError, 1
	}
	if n <= need {
		return RuneError, 1
	}
	for i := 1; i <= need; i++ {
		if s[i]&0xC0 != 0x80 {
			return RuneError, 1
		}
		r = r<<6 | rune(s[i]&0x3F)
	}
	if r < min || r > MaxRune || (r >= 0xD800 && r <= 0xDFFF) {
		return RuneError, 1
	}
	return r, need + 1
}

// DecodeRune, DecodeLastRune and FullRune look at no more than UTFMax
// bytes, so only those are converted: a copy of all of p made a loop
// over a large buffer quadratic.
func DecodeRune(p []byte) (rune, int) {
	if len(p) > 0 && p[0] < RuneSelf {
		return rune(p[0]), 1
	}
	return DecodeRuneInString(string(firstBytes(p)))
}

func firstBytes(p []byte) []byte {
	if len(p) > UTFMax {
		return p[:UTFMax]
	}
	return p
}

// DecodeLastRuneInString returns the last rune of s and its width.
func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	for start--; start >= lim; start-- {
		if s[start]&0xC0 != 0x80 {
			break
		}
	}
	if start < 0 {
		start = 0
	}
	r, size := DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

func DecodeLastRune(p []byte) (rune, int) {
	if len(p) > 0 && p[len(p)-1] < RuneSelf {
		return rune(p[len(p)-1]), 1
	}
	if len(p) > UTFMax {
		p = p[len(p)-UTFMax:]
	}
	return DecodeLastRuneInString(string(p))
}

func RuneCountInString(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRuneInString(s[i:])
		if r == RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}

func Valid(p []byte) bool {
	return ValidString(string(p))
}

func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}

func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	r, w := DecodeRuneInString(s)
	if w > 1 || r != RuneError {
		return true
	}
	// An invalid first byte is a full (error) rune; a valid prefix is not.
	c := s[0]
	need := 0
	if c >= 0xC2 && c <= 0xDF {
		need = 2
	} else if c >= 0xE0 && c <= 0xEF {
		need = 3
	} else if c >= 0xF0 && c <= 0xF4 {
		need = 4
	} else {
		return true
	}
	if len(s) >= need {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return true
		}
	}
	return false
}

// FullRune reports whether p begins with a full rune (an invalid encoding
// counts as a full rune of width 1).
func FullRune(p []byte) bool {
	return FullRuneInString(string(firstBytes(p)))
}
