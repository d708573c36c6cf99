// Expand and ExpandEnv: $var and ${var} replaced as Go's os does it.
//
// After a '$' comes a name: ${...} up to the first '}', one shell
// special character ($*, $#, $1, ...), or the longest run of letters,
// digits and '_'. A "${" with no '}' and an empty "${}" are dropped
// (Go calls that bad syntax and eats it); a '$' followed by none of these
// stays as it is.
package os

// Expand replaces $var and ${var} in s by mapping(var).
func Expand(s string, mapping func(string) string) string {
	var out []byte
	copied := 0
	for j := 0; j+1 < len(s); j++ {
		if s[j] != '$' {
			continue
		}
		out = append(out, s[copied:j]...)
		name, width := shellName(s[j+1:])
		switch {
		case name != "":
			out = append(out, mapping(name)...)
		case width == 0:
			out = append(out, '$')
		}
		j += width
		copied = j + 1
	}
	if copied == 0 { // no '$' was expanded: out may be nil even after one was (an empty value)
		return s
	}
	return string(out) + s[copied:]
}

// ExpandEnv replaces $var and ${var} in s by the environment's values.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the name at the start of s (just after a '$') and
// how many bytes it and its braces take; "" with a width > 0 is bad
// syntax to drop.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	n := 0
	for n < len(s) && isNameByte(s[n]) {
		n++
	}
	return s[:n], n
}
