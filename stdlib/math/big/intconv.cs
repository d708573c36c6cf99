// String conversion of Int (int.cs): SetString parses Go's syntax here
// (sign, base prefixes and '_' separators for base 0, digit values as
// Go assigns them) and hands GMP only validated digits; text asks GMP
// for the digits. GMP and Go spell digits 36..61 differently (GMP: a-z,
// Go: A-Z) and 10..35 the other way round for bases above 36, so those
// bases swap letter case both ways.
package big

import "fmt"

// setDigits sets |z| from digits, each a digit value below base.
func setDigits(z *Int, digits []byte, base int)

// text returns |x| in base 2..62, GMP's spelling.
func text(x *Int, base int) string

// SetString sets z to the value of s in the given base and returns z and
// true; on failure it returns nil and false (z is then undefined). Base
// 0 takes the base from a 0b, 0o, 0x or 0 prefix and allows '_' between
// digits; bases 2..62 take digits only. Any other base panics.
func (z *Int) SetString(s string, base int) (*Int, bool) {
	if len(s) == 0 {
		return nil, false
	}
	neg := false
	i := 0
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		i = 1
	}
	if base != 0 && (base < 2 || base > MaxBase) {
		panic("invalid number base " + itoa(base))
	}
	digits, b, end, ok := scanDigits(s[i:], base)
	if len(digits) == 0 {
		z.abs = z.abs[:0]
	} else {
		setDigits(z, digits, b)
	}
	if !ok {
		return nil, false
	}
	z.neg = len(z.abs) > 0 && neg
	if i+end != len(s) {
		return nil, false
	}
	return z, true
}

// scanDigits reads an unsigned number at the start of s as Go's
// nat.scan does: the digit values, their base, where the number ends,
// and false for no digits or a misplaced '_'.
func scanDigits(s string, base int) (digits []byte, b int, end int, ok bool) {
	b = base
	i := 0
	prev := byte('.')
	octalZero := false
	if base == 0 {
		b = 10
		if len(s) > 0 && s[0] == '0' {
			prev = '0'
			i = 1
			b, i, octalZero = scanPrefix(s, i)
		}
	}
	badSep := false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' && base == 0 {
			badSep = badSep || prev != '0'
			prev = '_'
			continue
		}
		d := digitValue(c, b)
		if d >= b {
			break
		}
		prev = '0'
		digits = append(digits, byte(d))
	}
	ok = !badSep && prev != '_'
	if len(digits) == 0 {
		if octalZero {
			return digits, 10, i, ok
		}
		return digits, b, i, false
	}
	return digits, b, i, ok
}

// scanPrefix looks at what follows a leading '0' at s[i-1]: the base it
// announces, where the digits start, and whether the 0 itself is the
// (octal) prefix; a lone "0" is decimal 0.
func scanPrefix(s string, i int) (int, int, bool) {
	if i == len(s) {
		return 10, 0, false
	}
	switch s[i] {
	case 'b', 'B':
		return 2, i + 1, false
	case 'o', 'O':
		return 8, i + 1, false
	case 'x', 'X':
		return 16, i + 1, false
	}
	return 8, i, true
}

// digitValue is c's value as a digit in base b (Go's spelling), or a
// value >= b when c is not one.
func digitValue(c byte, b int) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		if b <= 36 {
			return int(c-'A') + 10
		}
		return int(c-'A') + 36
	}
	return MaxBase + 1
}

func itoa(n int) string {
	var buf [24]byte
	i := len(buf)
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// Text returns x in the given base (2..62; lower case for 10..35, upper
// case for 36..61); "<nil>" for a nil x.
func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	return string(x.Append(nil, base))
}

// Append appends x.Text(base) to buf and returns the extended buffer.
func (x *Int) Append(buf []byte, base int) []byte {
	if x == nil {
		return append(buf, "<nil>"...)
	}
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	if x.neg {
		buf = append(buf, '-')
	}
	if len(x.abs) == 0 {
		return append(buf, '0')
	}
	start := len(buf)
	buf = append(buf, text(x, base)...)
	if base > 36 {
		swapCase(buf[start:])
	}
	return buf
}

// String returns x in base 10, as Text(10).
func (x *Int) String() string {
	if x == nil {
		return "<nil>"
	}
	if len(x.abs) == 0 {
		return "0"
	}
	s := text(x, 10)
	if x.neg {
		return "-" + s
	}
	return s
}

func swapCase(b []byte) {
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		} else if 'A' <= c && c <= 'Z' {
			b[i] = c - 'A' + 'a'
		}
	}
}

// Format implements fmt.Formatter: verbs b, o, O, d, s, v, x and X in
// base 2, 8, 10 or 16, with the flags '+', ' ', '#' (base prefixes),
// '-' and '0', a width and a precision (the least number of digits) as
// for ints; any other verb prints %!c(big.Int=text).
func (x *Int) Format(s fmt.State, ch rune) {
	base := formatBase(ch)
	if base == 0 {
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}
	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}
	sign := ""
	switch {
	case x.neg:
		sign = "-"
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	prefix := formatPrefix(s, ch)
	digits := []byte("0")
	if len(x.abs) > 0 {
		digits = []byte(text(x, base))
	}
	if ch == 'X' {
		swapCase(digits)
	}
	zeros, left, right := 0, 0, 0
	precision, precisionSet := s.Precision()
	if precisionSet {
		if len(digits) < precision {
			zeros = precision - len(digits)
		} else if len(digits) == 1 && digits[0] == '0' && precision == 0 {
			return
		}
	}
	length := len(sign) + len(prefix) + zeros + len(digits)
	if width, widthSet := s.Width(); widthSet && length < width {
		d := width - length
		switch {
		case s.Flag('-'):
			right = d
		case s.Flag('0') && !precisionSet:
			zeros = d
		default:
			left = d
		}
	}
	writeMultiple(s, " ", left)
	writeMultiple(s, sign, 1)
	writeMultiple(s, prefix, 1)
	writeMultiple(s, "0", zeros)
	s.Write(digits)
	writeMultiple(s, " ", right)
}

func formatBase(ch rune) int {
	switch ch {
	case 'b':
		return 2
	case 'o', 'O':
		return 8
	case 'd', 's', 'v':
		return 10
	case 'x', 'X':
		return 16
	}
	return 0
}

func formatPrefix(s fmt.State, ch rune) string {
	if ch == 'O' {
		return "0o"
	}
	if !s.Flag('#') {
		return ""
	}
	switch ch {
	case 'b':
		return "0b"
	case 'o':
		return "0"
	case 'x':
		return "0x"
	case 'X':
		return "0X"
	}
	return ""
}

func writeMultiple(s fmt.State, text string, count int) {
	for i := 0; i < count; i++ {
		s.Write([]byte(text))
	}
}
