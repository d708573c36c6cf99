// Package path, pattern matching: Match with Go's shell-pattern syntax
// ('*' any run of non-slash bytes, '?' one non-slash character, '[...]'
// classes with ranges and '^' negation, '\\' escapes).
//
// A pattern is a sequence of chunks, each a run of stars followed by
// literal text up to the next star outside a class. A chunk is matched at
// the front of the name; after a star it is also tried at every later
// position before the next slash, the shortest first. As in Go, a
// malformed pattern is reported (ErrBadPattern) even when the name fails
// to match before the bad part is reached.
package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern.
func Match(pattern, name string) (matched bool, err error) {
	for len(pattern) > 0 {
		star, chunk, rest := scanChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			return strings.IndexByte(name, '/') < 0, nil
		}
		t, ok, err := matchChunk(chunk, name)
		if ok && (len(t) == 0 || len(pattern) > 0) {
			name = t
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			if t, ok, err := matchAfterStar(chunk, name, len(pattern) == 0); ok {
				name = t
				continue
			} else if err != nil {
				return false, err
			}
		}
		return false, checkRest(pattern)
	}
	return len(name) == 0, nil
}

// matchAfterStar tries chunk at each position of name after the star has
// eaten 1, 2, ... non-slash bytes; when last, only a match consuming the
// whole name counts.
func matchAfterStar(chunk, name string, last bool) (rest string, ok bool, err error) {
	for i := 0; i < len(name) && name[i] != '/'; i++ {
		t, ok, err := matchChunk(chunk, name[i+1:])
		if ok {
			if last && len(t) > 0 {
				continue
			}
			return t, true, nil
		}
		if err != nil {
			return "", false, err
		}
	}
	return "", false, nil
}

// checkRest reports ErrBadPattern if any chunk of pattern is malformed.
func checkRest(pattern string) error {
	for len(pattern) > 0 {
		_, chunk, rest := scanChunk(pattern)
		pattern = rest
		if _, _, err := matchChunk(chunk, ""); err != nil {
			return err
		}
	}
	return nil
}

// scanChunk splits off the next chunk: its leading stars, then the text
// up to the next star outside brackets.
func scanChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' && i+1 < len(pattern) {
			i++
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches chunk (no stars) at the front of s and returns what
// is left of s. After the first mismatch it goes on through the chunk
// only to find syntax errors.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			var in bool
			if in, chunk, err = matchClass(chunk[1:], r); err != nil {
				return "", false, err
			}
			failed = failed || !in
		case '?':
			if !failed {
				failed = s[0] == '/'
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if len(chunk) == 0 {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				failed = chunk[0] != s[0]
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// matchClass parses the class after its '[' and reports whether r is in
// it (negation applied), returning the chunk after the closing ']'.
func matchClass(chunk string, r rune) (in bool, rest string, err error) {
	negated := false
	if len(chunk) > 0 && chunk[0] == '^' {
		negated = true
		chunk = chunk[1:]
	}
	match := false
	for nrange := 0; ; nrange++ {
		if len(chunk) > 0 && chunk[0] == ']' && nrange > 0 {
			return match != negated, chunk[1:], nil
		}
		var lo, hi rune
		if lo, chunk, err = classChar(chunk); err != nil {
			return false, "", err
		}
		hi = lo
		if chunk[0] == '-' {
			if hi, chunk, err = classChar(chunk[1:]); err != nil {
				return false, "", err
			}
		}
		if lo <= r && r <= hi {
			match = true
		}
	}
}

// classChar reads one, possibly escaped, character of a class; the class
// must go on after it.
func classChar(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if len(rest) == 0 {
		err = ErrBadPattern
	}
	return r, rest, err
}
