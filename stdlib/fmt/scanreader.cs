// Scan, Scanln, Fscan, Fscanln, Sscan, Sscanln and Sscanf: operands read
// from an io.Reader as Go's fmt reads them (Fscanf's format is
// scanformat.cs; the string forms read a string as Go's do).
//
// Each operand's token is gathered rune by rune with Go's rules (an
// integer stops at the first rune that is not one of its digits, so "12abc"
// is 12 then "abc"; %q takes a quoted string, %x on a string hex pairs),
// then converted by the C engine (scan.c) into the pointer's type, named
// types included. A reader with ReadRune/UnreadRune (a *bufio.Reader) is
// read through them, so nothing after the operands is consumed; any other
// reader is read one byte at a time, decoding UTF-8, and, as in Go, the
// one rune that ended the last token is lost: fmt.Scan on os.Stdin never
// reads ahead of the line it needs.
//
// Newlines: the Scan forms treat them as space; the Scanln forms stop at
// one ("unexpected newline" before the operands are all read) and want
// one, or the end, after the last ("expected newline").
package fmt

import (
	"errors"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// scanClass says what an operand reads (scan.c, KEEP IN SYNC): 0 not a
// pointer, 1 signed integer, 2 unsigned, 3 float, 4 bool, 5 string or
// []byte, 6 another type.
func scanClass(arg any) int

const (
	eof            = -1
	noRune         = -2
	decimalDigits  = "0123456789"
	signs          = "+-"
	errBoolSyntax  = "syntax error scanning boolean"
	errUnexpectNL  = "unexpected newline"
	errExpectNL    = "expected newline"
	errExpectedInt = "expected integer"
)

// readScanner is one scan call's view of its reader.
type readScanner struct {
	r         io.Reader
	rs        io.RuneScanner // r's own ReadRune/UnreadRune, if it has them
	pending   rune           // a rune pushed back (plain readers), or noRune
	extra     []byte         // bytes read past an invalid UTF-8 sequence (plain readers)
	buf       []byte         // the token being gathered
	nlIsSpace bool
	width     int   // runes the current operand may still read; < 0: any
	err       error // first error: stops the scan
}

func newReadScanner(r io.Reader, nlIsSpace bool) *readScanner {
	s := &readScanner{r: r, pending: noRune, nlIsSpace: nlIsSpace, width: -1}
	s.rs, _ = r.(io.RuneScanner)
	return s
}

func (s *readScanner) fail(msg string) {
	if s.err == nil {
		s.err = errors.New(msg)
	}
}

// get returns the next rune, or eof at the end of the input (a read
// error other than io.EOF becomes the scan's error).
func (s *readScanner) get() rune {
	if s.width == 0 {
		return eof
	}
	r := s.next()
	if r != eof && s.width > 0 {
		s.width--
	}
	return r
}

func (s *readScanner) next() rune {
	if s.rs != nil {
		r, _, err := s.rs.ReadRune()
		if err != nil {
			s.readFailed(err)
			return eof
		}
		return r
	}
	if s.pending != noRune {
		r := s.pending
		s.pending = noRune
		return r
	}
	b, ok := s.readByte()
	if !ok {
		return eof
	}
	if b < utf8.RuneSelf {
		return rune(b)
	}
	seq := []byte{b}
	for !utf8.FullRune(seq) {
		if b, ok = s.readByte(); !ok {
			break
		}
		seq = append(seq, b)
	}
	r, size := utf8.DecodeRune(seq)
	s.extra = append(s.extra, seq[size:]...)
	return r
}

// readByte reads one byte of a plain reader: first those an invalid
// UTF-8 sequence read too far, then r's.
func (s *readScanner) readByte() (byte, bool) {
	if len(s.extra) > 0 {
		b := s.extra[0]
		s.extra = s.extra[1:]
		return b, true
	}
	var b [1]byte
	for {
		n, err := s.r.Read(b[:])
		if n == 1 {
			return b[0], true
		}
		if err != nil {
			s.readFailed(err)
			return 0, false
		}
	}
}

// mustGet is get inside a token that cannot end yet: the end of the
// input is io.ErrUnexpectedEOF.
func (s *readScanner) mustGet() rune {
	r := s.get()
	if r == eof && s.err == nil {
		s.err = io.ErrUnexpectedEOF
	}
	return r
}

func (s *readScanner) readFailed(err error) {
	if err != io.EOF && s.err == nil {
		s.err = err
	}
}

func (s *readScanner) unget(r rune) {
	if r == eof {
		return
	}
	if s.width >= 0 {
		s.width++
	}
	if s.rs != nil {
		s.rs.UnreadRune()
		return
	}
	s.pending = r
}

func isScanSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0xA0
}

func runeIn(r rune, set string) bool {
	for _, c := range set {
		if r == c {
			return true
		}
	}
	return false
}

// accept appends the next rune to the token if it is in set.
func (s *readScanner) accept(set string) bool {
	r := s.get()
	if r != eof && runeIn(r, set) {
		s.buf = append(s.buf, string(r)...)
		return true
	}
	s.unget(r)
	return false
}

func (s *readScanner) peek(set string) bool {
	r := s.get()
	s.unget(r)
	return r != eof && runeIn(r, set)
}

// skipSpace skips spaces; a newline fails a Scanln form.
func (s *readScanner) skipSpace() {
	for {
		r := s.get()
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' && !s.nlIsSpace {
			s.fail(errUnexpectNL)
			return
		}
		if r == eof || !isScanSpace(r) {
			s.unget(r)
			return
		}
	}
}

// atEOF reports (as Go's io.EOF) that the input ended before an operand.
func (s *readScanner) atEOF() bool {
	r := s.get()
	s.unget(r)
	if r == eof && s.err == nil {
		s.err = io.EOF
	}
	return r == eof
}

// intToken: sign (signed types), then digits of the verb's base; %v
// takes Go's base prefixes (0b, 0o, 0x, and 0 for octal) and underscores.
func (s *readScanner) intToken(verb rune, signed bool) {
	if signed {
		s.accept(signs)
	}
	digits, have := decimalDigits, false
	switch verb {
	case 'b':
		digits = "01"
	case 'o':
		digits = "01234567"
	case 'x', 'X':
		digits = "0123456789aAbBcCdDeEfF"
	case 'v':
		digits = decimalDigits + "_"
		if s.accept("0") {
			have = true
			switch {
			case s.accept("bB"):
				digits, have = "01_", false
			case s.accept("oO"):
				digits, have = "01234567_", false
			case s.accept("xX"):
				digits, have = "0123456789aAbBcCdDeEfF_", false
			default:
				digits = "01234567_"
			}
		}
	}
	if !have && !s.accept(digits) {
		s.fail(errExpectedInt)
		return
	}
	for s.accept(digits) {
	}
}

// floatToken: Go's floatToken (nan, inf, decimal or hex mantissa, exponent).
func (s *readScanner) floatToken() {
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return
	}
	s.accept(signs)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return
	}
	digits, exp := decimalDigits+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = "0123456789aAbBcCdDeEfF_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signs)
		for s.accept(decimalDigits + "_") {
		}
	}
}

// boolToken: 0, 1, t/true, f/false in any case; Go reads only as far as
// it must, and takes any other rune for false.
func (s *readScanner) boolToken() {
	r := s.get()
	switch r {
	case '0', '1':
		s.buf = append(s.buf, byte(r))
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.fail(errBoolSyntax)
		}
		s.buf = append(s.buf[:0], '1')
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.fail(errBoolSyntax)
		}
		s.buf = append(s.buf[:0], '0')
	default:
		s.buf = append(s.buf, '0')
	}
}

// quotedToken reads a Go string literal, "..." with escapes or `...`,
// and leaves its value in buf.
func (s *readScanner) quotedToken() {
	quote := s.get()
	if quote != '"' && quote != '`' {
		s.fail("expected quoted string")
		return
	}
	lit := string(quote)
	for {
		r := s.mustGet()
		if r == eof {
			return
		}
		lit += string(r)
		if r == quote {
			break
		}
		if r == '\\' && quote == '"' {
			lit += string(s.mustGet())
		}
	}
	if quote == '`' {
		s.buf = append(s.buf, lit[1:len(lit)-1]...)
		return
	}
	v, err := strconv.Unquote(lit)
	if err != nil && s.err == nil {
		s.err = err
	}
	s.buf = append(s.buf, v...)
}

// hexToken reads pairs of hex digits and leaves their bytes in buf.
func (s *readScanner) hexToken() {
	for {
		r := s.get()
		hi, ok := hexValue(r)
		if !ok {
			s.unget(r)
			break
		}
		lo, ok := hexValue(s.mustGet())
		if !ok {
			s.fail("illegal hex digit")
			return
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if len(s.buf) == 0 {
		s.fail("no hex data for %x string")
	}
}

func hexValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return 0, false
}

func (s *readScanner) wordToken() {
	for {
		r := s.get()
		if r == eof || isScanSpace(r) {
			s.unget(r)
			return
		}
		s.buf = append(s.buf, string(r)...)
	}
}

// one reads the operand arg points to, as verb (%v for the Scan forms)
// directs; a Scanner reads itself (scanstate.cs).
func (s *readScanner) one(verb rune, arg any) {
	if sc, ok := arg.(Scanner); ok {
		s.scanWith(sc, verb)
		return
	}
	class := scanClass(arg)
	if class == 0 {
		s.fail("type not a pointer: " + Sprintf("%T", arg))
		return
	}
	if class == 6 {
		s.fail("can't scan type: " + Sprintf("%T", arg))
		return
	}
	if !s.verbFits(verb, class, arg) {
		return
	}
	s.buf = s.buf[:0]
	if verb == 'c' {
		if r := s.get(); r != eof {
			s.buf = append(s.buf, string(r)...)
		}
	} else {
		if s.skipSpace(); s.err != nil || s.atEOF() {
			return
		}
		s.token(verb, class)
	}
	if s.err != nil {
		return
	}
	if msg := convert(string(s.buf), verb, arg); msg != "" {
		s.fail(msg)
	}
}

// verbFits fails the scan, with Go's text, when verb does not read arg's
// class of operand (Go checks only the float32 and float64 floats).
func (s *readScanner) verbFits(verb rune, class int, arg any) bool {
	verbs, what := "bdoxXvc", "integer"
	switch class {
	case 3:
		what = Sprintf("%T", arg)[1:]
		if what != "float32" && what != "float64" {
			return true
		}
		verbs = "beEfFgGv"
	case 4:
		verbs, what = "tv", "boolean"
	case 5:
		verbs, what = "svqxX", "string"
	}
	if runeIn(verb, verbs) {
		return true
	}
	s.fail("bad verb '%" + string(verb) + "' for " + what)
	return false
}

func (s *readScanner) token(verb rune, class int) {
	switch {
	case class == 1 || class == 2:
		s.intToken(verb, class == 1)
	case class == 3:
		s.floatToken()
	case class == 4:
		s.boolToken()
	case verb == 'q':
		s.quotedToken()
	case verb == 'x' || verb == 'X':
		s.hexToken()
	default:
		s.wordToken()
	}
}

// operands scans a into its pointers and returns how many it stored.
func (s *readScanner) operands(a []any) (int, error) {
	n := 0
	for _, arg := range a {
		if s.one('v', arg); s.err != nil {
			return n, s.err
		}
		n++
	}
	if !s.nlIsSpace {
		for {
			r := s.get()
			if r == '\n' || r == eof {
				break
			}
			if !isScanSpace(r) {
				s.fail(errExpectNL)
				break
			}
		}
	}
	return n, s.err
}

// Fscan reads space-separated values (newlines count as space) from r
// into the pointers in a.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newReadScanner(r, true).operands(a)
}

// Fscanln is Fscan that stops at a newline, which must follow the last
// operand.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newReadScanner(r, false).operands(a)
}

// Scan is Fscan from os.Stdin.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is Fscanln from os.Stdin.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// stringReader reads a string for Sscan and Sscanln.
type stringReader struct {
	s   string
	pos int
}

func (r *stringReader) Read(b []byte) (int, error) {
	if r.pos >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(b, r.s[r.pos:])
	r.pos += n
	return n, nil
}

// Sscan stores space-separated values from str into the pointers in a.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str}, a...)
}

// Sscanln is Sscan that stops at a newline.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str}, a...)
}

// Sscanf is Fscanf from str.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}
