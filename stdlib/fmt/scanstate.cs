// The Scanner interface: an operand with a Scan method reads itself from
// a ScanState, the scan's view of its input (scanreader.cs), instead of
// being converted by the C engine.
//
// As in Go, ScanState reports a failure inside SkipSpace (an unexpected
// newline) or a read error by panicking with a scanError: it unwinds the
// operand's Scan to scanWith, which makes it the scan's error; Token
// recovers it itself and returns it. readScanner.err stays nil while a
// Scan method runs, so that a Scan that ignores an error Token returned
// lets the scan go on, as Go's does.
package fmt

import (
	"errors"
	"io"
	"unicode/utf8"
)

// Scanner is implemented by values with a Scan method, which reads their
// representation from state; verb is the format's verb (%v for Scan).
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState is the scanner's state as a Scanner sees it.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// scanError carries a failure out of a Scanner's Scan.
type scanError struct{ err error }

// scanState is one operand's ScanState: its width from the format (< 0:
// none) and the rune ReadRune last returned, for UnreadRune.
type scanState struct {
	s     *readScanner
	width int
	last  rune
}

// scanWith reads sc by its Scan method.
func (s *readScanner) scanWith(sc Scanner, verb rune) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				s.err = se.err
				return
			}
			if err, ok := e.(error); ok && err == io.EOF {
				s.err = err
				return
			}
			panic(e)
		}
	}()
	if err := sc.Scan(&scanState{s: s, width: s.width, last: noRune}, verb); err != nil {
		s.err = err
	}
}

// check panics with a read error get recorded, taking it back from s.
func (st *scanState) check() {
	if err := st.s.err; err != nil {
		st.s.err = nil
		panic(scanError{err})
	}
}

func (st *scanState) ReadRune() (r rune, size int, err error) {
	r = st.s.get()
	if r == eof {
		err, st.s.err = st.s.err, nil
		if err == nil {
			err = io.EOF
		}
		return 0, 0, err
	}
	st.last = r
	return r, utf8.RuneLen(r), nil
}

func (st *scanState) UnreadRune() error {
	if st.last != noRune {
		st.s.unget(st.last)
		st.last = noRune
	}
	return nil
}

func (st *scanState) SkipSpace() {
	st.last = noRune
	st.s.skipSpace()
	st.check()
}

// Token skips space if asked, then returns the runes f accepts (all but
// space when f is nil).
func (st *scanState) Token(skipSpace bool, f func(rune) bool) (token []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	if f == nil {
		f = func(r rune) bool { return !isScanSpace(r) }
	}
	if skipSpace {
		st.SkipSpace()
	}
	token = []byte{}
	for {
		r := st.s.get()
		st.check()
		if r == eof {
			break
		}
		if !f(r) {
			st.s.unget(r)
			break
		}
		token = append(token, string(r)...)
	}
	st.last = noRune
	return token, nil
}

func (st *scanState) Width() (wid int, ok bool) {
	if st.width < 0 {
		return 0, false
	}
	return st.width, true
}

func (st *scanState) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}
