// Fscanf, Scanf and (through the C engine) the verbs: formatted scanning
// from an io.Reader with Go's rules for the format's spaces and newlines
// (Go's ss.advance):
//   - a newline in the format matches spaces, then a newline or the end of
//     the input; spaces before it in the format fold into it;
//   - other format spaces match one or more input spaces (not a newline),
//     or the end; after a format newline, zero or more;
//   - other format text must match the input exactly;
//   - each verb skips spaces (%c does not) but never a newline: a newline
//     where an operand should be is "unexpected newline".
//
// A width (%3d) bounds how many runes the operand's token may read.
package fmt

import (
	"io"
	"os"
)

// Fscanf reads values from r as format directs.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newReadScanner(r, false).formatted(format, a)
}

// Scanf is Fscanf from os.Stdin.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

func isFormatSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func (s *readScanner) formatted(format string, a []any) (int, error) {
	n := 0
	for i := 0; i < len(format); {
		w := s.advance(format[i:])
		if s.err != nil {
			return n, s.err
		}
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.fail("input does not match format")
			}
			break
		}
		i++
		width := -1
		for i < len(format) && format[i] >= '0' && format[i] <= '9' {
			width = max0(width)*10 + int(format[i]-'0')
			i++
		}
		verb, size := firstRune(format[i:])
		i += size
		if verb != 'c' {
			if s.skipSpace(); s.err != nil {
				return n, s.err
			}
		}
		if verb == '%' {
			s.percent()
			continue
		}
		if n >= len(a) {
			s.fail("too few operands for format '%" + format[i-size:] + "'")
			break
		}
		s.width = width
		s.one(verb, a[n])
		s.width = -1
		if s.err != nil {
			return n, s.err
		}
		n++
	}
	if n < len(a) {
		s.fail("too many operands")
	}
	return n, s.err
}

func max0(v int) int {
	if v < 0 {
		return 0
	}
	return v
}

func firstRune(str string) (rune, int) {
	for i, r := range str {
		if i == 0 {
			return r, len(string(r))
		}
	}
	return 0xFFFD, 0
}

// advance matches format's leading spaces and literal text against the
// input; it returns how many bytes of format it used, 0 at a verb (or the
// end of the input), -1 when a literal does not match.
func (s *readScanner) advance(format string) int {
	i := 0
	for i < len(format) {
		c := format[i]
		if isFormatSpace(c) {
			i += s.spaces(format[i:])
			if s.err != nil {
				return i
			}
			continue
		}
		if c == '%' {
			if i+1 == len(format) {
				s.fail("missing verb: % at end of format string")
				return i
			}
			if format[i+1] != '%' {
				return i
			}
			i++
		}
		fc, size := firstRune(format[i:])
		r := s.get()
		if r == eof {
			if s.err == nil {
				s.err = io.ErrUnexpectedEOF
			}
			return i
		}
		if r != fc {
			s.unget(r)
			return -1
		}
		i += size
	}
	return i
}

// spaces matches a run of format spaces; it returns the run's length.
func (s *readScanner) spaces(format string) int {
	i, newlines, trailing := 0, 0, false
	for i < len(format) && isFormatSpace(format[i]) {
		if format[i] == '\n' {
			newlines++
			trailing = false
		} else {
			trailing = true
		}
		i++
	}
	for j := 0; j < newlines; j++ {
		r := s.get()
		for isScanSpace(r) && r != '\n' {
			r = s.get()
		}
		if r != '\n' && r != eof {
			s.fail("newline in format does not match input")
			return i
		}
	}
	if trailing {
		r := s.get()
		if newlines == 0 {
			if !isScanSpace(r) && r != eof {
				s.fail("expected space in input to match format")
				return i
			}
			if r == '\n' {
				s.fail("newline in input does not match format")
				return i
			}
		}
		for isScanSpace(r) && r != '\n' {
			r = s.get()
		}
		s.unget(r)
	}
	return i
}

// percent reads the literal % of a %% verb.
func (s *readScanner) percent() {
	if s.skipSpace(); s.err != nil {
		return
	}
	if s.atEOF() {
		return
	}
	if !s.accept("%") {
		s.fail("missing literal %")
	}
}
