// Package fmt: formatted I/O with Go's verbs. The formatting engine is C
// (fmt.c, driven by type descriptors); this file holds the API and routes
// output through io.Writer, one Write per call as Go does.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values with a GoString method (%#v).
type GoStringer interface {
	GoString() string
}

// Formatter is implemented by values with a custom formatter: Format
// writes the operand's text to f for the verb.
type Formatter interface {
	Format(f State, verb rune)
}

// State is the printer's state as a Formatter sees it.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// state collects what a Formatter writes for one operand.
type state struct {
	buf           []byte
	flags         string
	wid, prec     int
	widOK, precOK bool
}

func (s *state) Write(b []byte) (int, error) {
	s.buf = append(s.buf, b...)
	return len(b), nil
}

func (s *state) WriteString(str string) (int, error) {
	s.buf = append(s.buf, str...)
	return len(str), nil
}

func (s *state) Width() (int, bool) {
	return s.wid, s.widOK
}

func (s *state) Precision() (int, bool) {
	return s.prec, s.precOK
}

func (s *state) Flag(c int) bool {
	for i := 0; i < len(s.flags); i++ {
		if int(s.flags[i]) == c {
			return true
		}
	}
	return false
}

// callFormat is how fmt.c calls a Formatter: it reports whether x is
// one and returns what its Format wrote. KEEP IN SYNC: fmt.c format_fn.
func callFormat(x any, verb rune, flags string, wid, prec int, widOK, precOK bool) ([]byte, bool) {
	f, ok := x.(Formatter)
	if !ok {
		return nil, false
	}
	s := &state{flags: flags, wid: wid, prec: prec, widOK: widOK, precOK: precOK}
	f.Format(s, verb)
	return s.buf, true
}

func setFormatHook(f func(x any, verb rune, flags string, wid, prec int, widOK, precOK bool) ([]byte, bool))

func init() {
	setFormatHook(callFormat)
}

func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string

// Formatting into fresh byte slices (fmt.c).
func bprintf(format string, a []any) []byte
func bprint(a []any) []byte
func bprintln(a []any) []byte

// errorf formats like Sprintf with %w allowed; it returns the text and
// the index of the operand %w wrapped (-1 when none).
func errorf(format string, a []any) (string, int)

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(bprintf(format, a))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(bprint(a))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(bprintln(a))
}

func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.Write(bprintf(format, a))
}

func Print(a ...any) (n int, err error) {
	return os.Stdout.Write(bprint(a))
}

func Println(a ...any) (n int, err error) {
	return os.Stdout.Write(bprintln(a))
}

// convert stores tok, read for verb, through the pointer arg (scan.c);
// it returns an error text, "" if none.
func convert(tok string, verb rune, arg any) string

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Errorf formats like Sprintf; with a %w verb whose operand is an error
// the result wraps it (errors.Unwrap returns it).
func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w < 0 {
		return errors.New(s)
	}
	err, _ := a[w].(error)
	return &wrapError{s, err}
}

// Append appends what Sprint makes of a to b.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendf appends what Sprintf makes of format and a to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Appendln appends what Sprintln makes of a to b.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}
