// Package strconv: conversions to and from strings, with Go's error
// values and texts. Integer parsing is CS (below) around digit loops in C;
// float formatting and parsing, quoting and unquoting are C (strconv.c
// and atof.c, sharing fmt's number formatting in runtime/format.c).
package strconv

import (
	"errors"
	"unicode/utf8"
)

const IntSize = 64

var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error {
	return e.Err
}

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

// ---- formatting ---------------------------------------------------------

func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteToGraphic(s string) string
func QuoteRuneToGraphic(r rune) string

// CanBackquote reports whether s can be written as a raw string literal:
// valid UTF-8 without backquotes, BOMs or control characters but tab.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		s = s[w:]
		if r == '\ufeff' || (r == utf8.RuneError && w == 1) || (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendInt(dst []byte, i int64, base int) []byte

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

func AppendQuote(dst []byte, s string) []byte

func AppendQuoteToASCII(dst []byte, s string) []byte

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

func AppendQuoteToGraphic(dst []byte, s string) []byte

func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// ---- parsing ---------------------------------------------------------------

func lower(c byte) byte {
	return c | ('x' - 'X')
}

// underscoreOK reports whether underscores in s are placed as Go's
// literal syntax allows: only between digits or after a base prefix.
func underscoreOK(s string) bool {
	saw := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		saw = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		if ('0' <= s[i] && s[i] <= '9') || (hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f') {
			saw = '0'
			continue
		}
		if s[i] == '_' {
			if saw != '0' {
				return false
			}
			saw = '_'
			continue
		}
		if saw == '_' {
			return false
		}
		saw = '!'
	}
	return saw != '_'
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	base0 := base == 0
	s0 := s
	if base == 0 {
		base = 10
		if s[0] == '0' {
			if len(s) >= 3 && lower(s[1]) == 'b' {
				base = 2
				s = s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'o' {
				base = 8
				s = s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'x' {
				base = 16
				s = s[2:]
			} else {
				base = 8
				s = s[1:]
			}
		}
	} else if base < 2 || base > 36 {
		return 0, &NumError{fn, s0, errors.New("invalid base " + Itoa(base))}
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, &NumError{fn, s0, errors.New("invalid bit size " + Itoa(bitSize))}
	}
	maxVal := uint64(1<<64 - 1)
	if bitSize < 64 {
		maxVal = uint64(1)<<uint(bitSize) - 1
	}
	n, code := parseDigits(s, base, maxVal, base0)
	if code == 1 || (code == 3 && !underscoreOK(s0)) {
		return 0, syntaxError(fn, s0)
	}
	if code == 2 {
		return maxVal, rangeError(fn, s0)
	}
	return n, nil
}

// parseDigits reads s as digits in base 2..36 (with '_' skipped when
// underscores is set), stopping at the first problem, as Go's ParseUint
// loop does: the value and 0, or 1 for a bad digit, 2 when the value
// exceeds maxVal, 3 for a value read with underscores in it.
func parseDigits(s string, base int, maxVal uint64, underscores bool) (uint64, int)

// atoiSmall is Atoi for 1 to 18 bytes, which cannot overflow: the value
// and whether s is an optional sign and decimal digits.
func atoiSmall(s string) (int, bool)

func ParseInt(s string, base int, bitSize int) (int64, error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil {
		ne := err.(*NumError)
		if ne.Err != ErrRange {
			ne.Func = fn
			ne.Num = s0
			return 0, ne
		}
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

func Atoi(s string) (int, error) {
	// Fast path, as Go's: fewer than 19 bytes cannot overflow an int.
	if 0 < len(s) && len(s) < 19 {
		n, ok := atoiSmall(s)
		if !ok {
			return 0, syntaxError("Atoi", s)
		}
		return n, nil
	}
	i, err := ParseInt(s, 10, 0)
	if err != nil {
		ne := err.(*NumError)
		ne.Func = "Atoi"
		return int(i), ne
	}
	return int(i), nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// parseFloat returns the value and 0, or 1 for a syntax error, 2 when
// out of range (the value is then ±Inf).
func parseFloat(s string, bitSize int) (float64, int)

func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code == 1 {
		return 0, syntaxError("ParseFloat", s)
	}
	if code == 2 {
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// unquote interprets a Go string, rune or raw string literal.
func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	t, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return t, nil
}

// quotedPrefix is the length of the literal opening s, or -1.
func quotedPrefix(s string) int

// QuotedPrefix returns the quoted string (as Unquote understands it) at
// the start of s.
func QuotedPrefix(s string) (string, error) {
	n := quotedPrefix(s)
	if n < 0 {
		return "", ErrSyntax
	}
	return s[:n], nil
}

// unquoteChar decodes the character or escape opening s: its value,
// whether it is multibyte, its length in s, and whether it was valid.
func unquoteChar(s string, quote byte) (rune, bool, int, bool)

func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	r, mb, n, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return r, mb, s[n:], nil
}

func IsPrint(r rune) bool

// IsGraphic is IsPrint plus the Unicode spaces of category Zs.
func IsGraphic(r rune) bool

// AppendFloat appends the text FormatFloat makes of f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}
