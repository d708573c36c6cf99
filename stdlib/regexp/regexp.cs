// Package regexp: Go's regular expressions (RE2 syntax, leftmost-first
// matching) on PCRE2. translate.c checks a pattern against Go's syntax
// (rejecting what Go rejects, with Go's messages) and rewrites it into a
// PCRE2 pattern with Go's meaning; pcre.c compiles and runs it. A
// backtracking engine finds the same leftmost-first match as Go's
// automata, captures included; what it does not share is Go's linear-time
// guarantee (PCRE2's match limit turns a runaway search into a panic).
// This file has the search loops whose rules are Go's own (which empty
// matches FindAll reports, where the next search starts) and the handling
// of texts that are not UTF-8; replace.cs the replacing, expanding and
// splitting.
// Not provided: Longest, CompilePOSIX, MustCompilePOSIX, LiteralPrefix,
// the Reader methods, MarshalText. Compile's error is an errors.New value
// with Go's text, not a *syntax.Error.
package regexp

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// pcre is the compiled PCRE2 code, opaque to CS: only pcre.c reads it.
type pcre struct {
	opaque byte
}

func compile(expr string) (code *pcre, names []string, err string)

// execString and execBytes match from pos and fill m with len(m)/2 group
// spans (-1 for groups that did not take part); 1: a match, 0: none, <0: a
// PCRE2 error (errorText).
func execString(code *pcre, s string, pos int, m []int) int
func execBytes(code *pcre, b []byte, pos int, m []int) int
func errorText(rc int) string

// Regexp is a compiled regular expression, safe for concurrent use.
type Regexp struct {
	expr  string
	code  *pcre
	names []string // names[0] is ""; names[i] names group i
}

// Compile parses a regular expression and returns, if successful, a Regexp
// that can be used to match against text.
func Compile(expr string) (*Regexp, error) {
	code, names, err := compile(expr)
	if err != "" {
		return nil, errors.New(err)
	}
	return &Regexp{expr: expr, code: code, names: names}, nil
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MatchString reports whether the string s contains any match of pattern.
func MatchString(pattern string, s string) (bool, error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of pattern.
func Match(pattern string, b []byte) (bool, error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta returns a string that escapes all regular expression
// metacharacters inside the argument text.
func QuoteMeta(s string) string {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\', '.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$':
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return string(b)
}

func (re *Regexp) String() string { return re.expr }

// Copy returns a new Regexp object copied from re.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

func (re *Regexp) NumSubexp() int { return len(re.names) - 1 }

func (re *Regexp) SubexpNames() []string { return re.names }

// SubexpIndex returns the index of the leftmost group with the given name,
// or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.names {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// ---- one search ------------------------------------------------------------

func badString(s string) []int
func badBytes(b []byte) []int
func fixString(s string, bad []int) string
func fixBytes(b []byte, bad []int) string

// A text being searched: b when not nil, else s. Where it is not UTF-8,
// Go's matcher reads each bad byte as U+FFFD; PCRE2 would match nothing
// there, so such a text is searched as fixed, a copy with each bad byte
// written as U+FFFD (3 bytes), and offsets are mapped (badutf8.c).
type text struct {
	b     []byte
	s     string
	bad   []int // offsets of the bytes not UTF-8, ascending; nil: none
	fixed string
}

func newText(b []byte, s string) *text {
	t := &text{b: b, s: s}
	if b != nil {
		t.bad = badBytes(b)
		if t.bad != nil {
			t.fixed = fixBytes(b, t.bad)
		}
	} else {
		t.bad = badString(s)
		if t.bad != nil {
			t.fixed = fixString(s, t.bad)
		}
	}
	return t
}

// toFixed maps an offset in the text to the fixed copy: each bad byte
// before it grew by 2.
func (t *text) toFixed(pos int) int {
	lo, hi := 0, len(t.bad)
	for lo < hi {
		mid := (lo + hi) / 2
		if t.bad[mid] < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return pos + 2*lo
}

// fromFixed maps an offset in the fixed copy (never inside a U+FFFD it
// wrote) back to the text.
func (t *text) fromFixed(pos int) int {
	lo, hi := 0, len(t.bad)
	for lo < hi {
		mid := (lo + hi) / 2
		if t.bad[mid]+2*mid < pos {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return pos - 2*lo
}

// exec searches t from pos and fills m as execString does; it reports
// whether there was a match.
func (re *Regexp) exec(t *text, pos int, m []int) bool {
	var rc int
	if t.bad != nil {
		rc = execString(re.code, t.fixed, t.toFixed(pos), m)
		if rc > 0 {
			for i, x := range m {
				if x >= 0 {
					m[i] = t.fromFixed(x)
				}
			}
		}
	} else if t.b != nil {
		rc = execBytes(re.code, t.b, pos, m)
	} else {
		rc = execString(re.code, t.s, pos, m)
	}
	if rc < 0 {
		panic("regexp: PCRE2 cannot match " + quote(re.expr) + ": " + errorText(rc))
	}
	return rc > 0
}

// find returns the first match's group spans, the first n of them (n=1:
// the whole match only), or nil.
func (re *Regexp) find(b []byte, s string, n int) []int {
	m := make([]int, 2*n)
	if !re.exec(newText(b, s), 0, m) {
		return nil
	}
	return m
}

func (re *Regexp) MatchString(s string) bool {
	var m [2]int
	return re.exec(newText(nil, s), 0, m[:])
}

func (re *Regexp) Match(b []byte) bool {
	var m [2]int
	return re.exec(newText(b, ""), 0, m[:])
}

func (re *Regexp) FindString(s string) string {
	var m [2]int
	if !re.exec(newText(nil, s), 0, m[:]) {
		return ""
	}
	return s[m[0]:m[1]]
}

func (re *Regexp) FindStringIndex(s string) []int {
	return re.find(nil, s, 1)
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	m := re.find(nil, s, len(re.names))
	if m == nil {
		return nil
	}
	out := make([]string, len(re.names))
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.find(nil, s, len(re.names))
}

func (re *Regexp) Find(b []byte) []byte {
	var m [2]int
	if !re.exec(newText(b, ""), 0, m[:]) {
		return nil
	}
	return b[m[0]:m[1]:m[1]]
}

func (re *Regexp) FindIndex(b []byte) []int {
	return re.find(b, "", 1)
}

func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	m := re.find(b, "", len(re.names))
	if m == nil {
		return nil
	}
	out := make([][]byte, len(re.names))
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.find(b, "", len(re.names))
}

// ---- all matches -----------------------------------------------------------

// allMatches calls deliver with the spans of at most n successive matches
// (the first ngroups groups of each), by Go's rules: an empty match right
// after the previous match is skipped, and after an empty match the
// search moves on by one UTF-8 sequence (one byte where the input is not
// UTF-8). n < 0 means all.
func (re *Regexp) allMatches(b []byte, s string, n int, ngroups int, deliver func(m []int)) {
	end := len(s)
	if b != nil {
		end = len(b)
	}
	if n < 0 {
		n = end + 1
	}
	t := newText(b, s)
	prevEnd := -1
	for pos, i := 0, 0; i < n && pos <= end; {
		m := make([]int, 2*ngroups)
		if !re.exec(t, pos, m) {
			break
		}
		accept := true
		if m[1] == pos {
			accept = m[0] != prevEnd
			pos += runeWidth(b, s, pos, end)
		} else {
			pos = m[1]
		}
		prevEnd = m[1]
		if accept {
			deliver(m)
			i++
		}
	}
}

// runeWidth is the size of the UTF-8 sequence at pos, 1 at the end (so
// that the search loops stop). It decodes at most utf8.UTFMax bytes: the
// replace loop calls it once per match.
func runeWidth(b []byte, s string, pos, end int) int {
	if pos >= end {
		return 1
	}
	stop := pos + utf8.UTFMax
	if stop > end {
		stop = end
	}
	var w int
	if b != nil {
		_, w = utf8.DecodeRune(b[pos:stop])
	} else {
		_, w = utf8.DecodeRuneInString(s[pos:stop])
	}
	return w
}

func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	re.allMatches(nil, s, n, 1, func(m []int) {
		out = append(out, s[m[0]:m[1]])
	})
	return out
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	re.allMatches(nil, s, n, 1, func(m []int) {
		out = append(out, m)
	})
	return out
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	re.allMatches(nil, s, n, len(re.names), func(m []int) {
		sub := make([]string, len(re.names))
		for i := range sub {
			if m[2*i] >= 0 {
				sub[i] = s[m[2*i]:m[2*i+1]]
			}
		}
		out = append(out, sub)
	})
	return out
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	re.allMatches(nil, s, n, len(re.names), func(m []int) {
		out = append(out, m)
	})
	return out
}

func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	var out [][]byte
	re.allMatches(b, "", n, 1, func(m []int) {
		out = append(out, b[m[0]:m[1]:m[1]])
	})
	return out
}

func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	var out [][]int
	re.allMatches(b, "", n, 1, func(m []int) {
		out = append(out, m)
	})
	return out
}

func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	var out [][][]byte
	re.allMatches(b, "", n, len(re.names), func(m []int) {
		sub := make([][]byte, len(re.names))
		for i := range sub {
			if m[2*i] >= 0 {
				sub[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
			}
		}
		out = append(out, sub)
	})
	return out
}

func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	var out [][]int
	re.allMatches(b, "", n, len(re.names), func(m []int) {
		out = append(out, m)
	})
	return out
}
