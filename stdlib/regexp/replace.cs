// Replacing, expanding templates and splitting, by Go's rules: after a
// non-empty match an empty match at its end is not replaced; the search
// moves on by at least one UTF-8 sequence; in a template, $name and
// ${name} take the longest run of letters, digits and _ as the name
// (so $1x names group "1x", usually absent: it expands to nothing).
package regexp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// replaceAll copies b (when not nil) or s with each match replaced by
// what repl appends for it; m holds the first ngroups group spans.
func (re *Regexp) replaceAll(b []byte, s string, ngroups int, repl func(dst []byte, m []int) []byte) []byte {
	end := len(s)
	if b != nil {
		end = len(b)
	}
	var out []byte
	m := make([]int, 2*ngroups)
	t := newText(b, s)
	lastEnd, pos := 0, 0
	for pos <= end && re.exec(t, pos, m) {
		if b != nil {
			out = append(out, b[lastEnd:m[0]]...)
		} else {
			out = append(out, s[lastEnd:m[0]]...)
		}
		if m[1] > lastEnd || m[0] == 0 {
			out = repl(out, m)
		}
		lastEnd = m[1]
		w := runeWidth(b, s, pos, end)
		if pos+w > m[1] {
			pos += w
		} else {
			pos = m[1]
		}
	}
	if b != nil {
		return append(out, b[lastEnd:]...)
	}
	return append(out, s[lastEnd:]...)
}

// templateGroups is how many group spans expanding template needs.
func (re *Regexp) templateGroups(template string) int {
	if strings.Contains(template, "$") {
		return len(re.names)
	}
	return 1
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	b := re.replaceAll(nil, src, re.templateGroups(repl), func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, nil, src, m)
	})
	return string(b)
}

func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(nil, src, 1, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	}))
}

func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replaceAll(nil, src, 1, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	srepl := string(repl)
	return re.replaceAll(src, "", re.templateGroups(srepl), func(dst []byte, m []int) []byte {
		return re.expand(dst, srepl, src, "", m)
	})
}

func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(src, "", 1, func(dst []byte, m []int) []byte {
		return append(dst, repl...)
	})
}

func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(src, "", 1, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// Expand appends template to dst with $ references replaced by the groups
// of match (spans into src).
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), src, "", match)
}

func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, nil, src, match)
}

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, match []int) []byte {
	for {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if template != "" && template[0] == '$' {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		g := num
		if num < 0 {
			g = re.namedGroup(name, match)
		}
		if g >= 0 && 2*g+1 < len(match) && match[2*g] >= 0 {
			if bsrc != nil {
				dst = append(dst, bsrc[match[2*g]:match[2*g+1]]...)
			} else {
				dst = append(dst, src[match[2*g]:match[2*g+1]]...)
			}
		}
	}
	return append(dst, template...)
}

// namedGroup is the first group called name that took part in
// match, or -1 (Go's expand skips same-named groups that did not).
func (re *Regexp) namedGroup(name string, match []int) int {
	for i, n := range re.names {
		if n == name && 2*i+1 < len(match) && match[2*i] >= 0 {
			return i
		}
	}
	return -1
}

// extract reads a reference after '$': name or {name}, num its value when
// it is a decimal number without a leading zero (else -1).
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return "", 0, "", false
	}
	brace := str[0] == '{'
	if brace {
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		return "", 0, "", false
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			return "", 0, "", false
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || '9' < name[j] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]) - '0'
	}
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	return name, num, str[i:], true
}

// Split slices s into substrings separated by the expression and returns
// at most n of them (n < 0: all).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	out := make([]string, 0, len(matches))
	beg, end := 0, 0
	for _, m := range matches {
		if n > 0 && len(out) >= n-1 {
			break
		}
		end = m[0]
		if m[1] != 0 {
			out = append(out, s[beg:end])
		}
		beg = m[1]
	}
	if end != len(s) {
		out = append(out, s[beg:])
	}
	return out
}
