// ParseDuration: the inverse of Duration.String, with Go 1.19's grammar,
// limits and error texts.
//
// A duration is an optional sign and one or more "number unit" pairs
// ("1h15m30.5s", "-1.5h", ".5us"); a lone "0" needs no unit. Whole parts
// accumulate exactly in uint64 (any overflow past 1<<63 is an error);
// fractions are scaled through float64 as Go does, so the results agree
// with Go's to the nanosecond.
package time

import "errors"

// ParseDuration parses a duration string such as "300ms" or "2h45m".
// Units: "ns", "us" ("µs", "μs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalidDuration(orig)
	}
	var d uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalidDuration(orig)
		}
		before := len(s)
		v, rest, ok := leadingInt(s)
		if !ok {
			return 0, invalidDuration(orig)
		}
		s = rest
		pre := before != len(s)
		var f uint64
		scale := 1.0
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			before = len(s)
			f, scale, s = leadingFraction(s)
			post = before != len(s)
		}
		if !pre && !post {
			return 0, invalidDuration(orig)
		}
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit := unitOf(u)
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, invalidDuration(orig)
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalidDuration(orig)
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalidDuration(orig)
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalidDuration(orig)
	}
	return Duration(d), nil
}

// invalidDuration is ParseDuration's error for malformed text (made only
// when needed: most calls succeed).
func invalidDuration(orig string) error {
	return errors.New("time: invalid duration " + quote(orig))
}

// unitOf is the length of unit u in ns, 0 for an unknown unit.
func unitOf(u string) uint64 {
	switch u {
	case "ns":
		return uint64(Nanosecond)
	case "us", "µs", "μs":
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// leadingInt consumes s's leading digits; ok is false past 1<<63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes s's leading digits as the fraction x/scale,
// keeping only the digits that fit.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	full := false
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		y := x*10 + uint64(s[i]-'0')
		if y > 1<<63 {
			full = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

// quote is Go's time.quote: s in double quotes, `"` and `\` escaped, and
// the bytes of control and non-ASCII characters as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	buf := []byte{'"'}
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == 0xFFFD {
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				buf = append(buf, '\\', 'x', hex[s[i+j]>>4], hex[s[i+j]&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, byte(c))
	}
	return string(append(buf, '"'))
}
