// Package bufio: buffered Reader, Writer and Scanner over the io
// interfaces. Pure CS.
//
// Reader keeps unread bytes in buf[r:w] and remembers the first error of
// the underlying reader in err until the buffered bytes are consumed.
// Writer collects bytes in buf[:n] and writes them out when full or on
// Flush; after a write error every later call returns that error. Scanner
// grows its buffer (up to its maximum token size) until the split
// function finds a token, as Go's does, so lines longer than 64 KB fail
// with ErrTooLong unless Buffer raised the limit.
package bufio

import (
	"errors"
	"io"
	"unicode/utf8"
)

const defaultBufSize = 4096

// maxEmptyReads bounds reads that return neither data nor an error.
const maxEmptyReads = 100

var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

// ---- Reader ----------------------------------------------------------------

// Reader buffers an io.Reader.
type Reader struct {
	buf      []byte
	rd       io.Reader
	r, w     int   // unread bytes are buf[r:w]
	err      error // pending error of rd
	lastByte int   // for UnreadByte; -1 when not allowed
	lastSize int   // size of the last ReadRune; -1 when not allowed
}

// NewReaderSize returns a Reader with a buffer of at least size bytes.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if size < 16 {
		size = 16
	}
	return &Reader{buf: make([]byte, size), rd: rd, lastByte: -1, lastSize: -1}
}

// NewReader returns a Reader with the default buffer size (4096).
func NewReader(rd io.Reader) *Reader {
	return NewReaderSize(rd, defaultBufSize)
}

// Size returns the size of the buffer.
func (b *Reader) Size() int { return len(b.buf) }

// Buffered returns how many bytes can be read from the buffer.
func (b *Reader) Buffered() int { return b.w - b.r }

// Reset discards any buffered data and state and makes b read from r
// (a zero Reader gets the default buffer size).
func (b *Reader) Reset(r io.Reader) {
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	*b = Reader{buf: b.buf, rd: r, lastByte: -1, lastSize: -1}
}

// fill moves the unread bytes to the front and reads once more.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	for i := 0; i < maxEmptyReads; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// Read reads up to len(p) bytes, calling the underlying Read at most once.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			// Large read into p directly, skipping the copy.
			n, b.err = b.rd.Read(p)
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastSize = -1
			}
			return n, b.readErr()
		}
		b.r, b.w = 0, 0
		n, b.err = b.rd.Read(b.buf)
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastSize = -1
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte puts back the last byte read.
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte = -1
	b.lastSize = -1
	return nil
}

// ReadRune reads one UTF-8 encoded rune (RuneError, 1 for invalid bytes).
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRuneInString(string(b.buf[b.r:b.w])) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastSize = size
	return r, size, nil
}

// UnreadRune puts back the last rune read by ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastSize < 0 || b.r < b.lastSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastSize
	b.lastByte = -1
	b.lastSize = -1
	return nil
}

// Peek returns the next n bytes without consuming them.
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastSize = -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	var err error
	if avail := b.w - b.r; avail < n {
		n = avail
		err = b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
	}
	return b.buf[b.r : b.r+n], err
}

// Discard skips the next n bytes.
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastSize = -1
	for remain := n; ; {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > remain {
			skip = remain
		}
		b.r += skip
		remain -= skip
		if remain == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - remain, b.readErr()
		}
	}
}

// ReadSlice reads through the first delim and returns a slice of the
// buffer, valid until the next read; ErrBufferFull when the buffer fills
// without one.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	searched := 0
	for {
		found := -1
		for i := b.r + searched; i < b.w; i++ {
			if b.buf[i] == delim {
				found = i
				break
			}
		}
		if found >= 0 {
			line = b.buf[b.r : found+1]
			b.r = found + 1
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		searched = b.w - b.r
		b.fill()
	}
	if i := len(line) - 1; i >= 0 {
		b.lastByte = int(line[i])
		b.lastSize = -1
	}
	return line, err
}

// ReadLine returns one line without its "\n" or "\r\n"; isPrefix is true
// when the line did not fit in the buffer and more of it follows.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		if len(line) > 0 && line[len(line)-1] == '\r' {
			// Keep the '\r' for the next call: it may start a "\r\n".
			b.r--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if line[len(line)-1] == '\n' {
		drop := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			drop = 2
		}
		line = line[:len(line)-drop]
	}
	return line, false, err
}

// ReadBytes reads through the first delim and returns a new slice; the
// error is non-nil exactly when the result does not end in delim.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	var full []byte
	for {
		frag, err := b.ReadSlice(delim)
		full = append(full, frag...)
		if err != ErrBufferFull {
			return full, err
		}
	}
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	bytes, err := b.ReadBytes(delim)
	return string(bytes), err
}

// WriteTo writes everything buffered and then the rest of the input to w.
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	for {
		if b.r < b.w {
			m, err := w.Write(b.buf[b.r:b.w])
			b.r += m
			n += int64(m)
			if err != nil {
				return n, err
			}
		}
		if b.err != nil {
			err := b.readErr()
			if err == io.EOF {
				err = nil
			}
			return n, err
		}
		b.fill()
	}
}

// ---- Writer --------------------------------------------------------------------

// Writer buffers an io.Writer; call Flush to write out the rest.
type Writer struct {
	err error
	buf []byte
	n   int
	wr  io.Writer
}

// NewWriterSize returns a Writer whose buffer has size bytes (default if <= 0).
func NewWriterSize(w io.Writer, size int) *Writer {
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size (4096).
func NewWriter(w io.Writer) *Writer {
	return NewWriterSize(w, defaultBufSize)
}

func (b *Writer) Size() int { return len(b.buf) }

func (b *Writer) Available() int { return len(b.buf) - b.n }

func (b *Writer) Buffered() int { return b.n }

// AvailableBuffer returns the free part of the buffer, empty, for
// appending to before a Write of it.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// ReadFrom reads r to EOF into the buffer, flushing it as it fills (or
// hands r to the underlying writer's ReadFrom when nothing is buffered),
// as Go's does.
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	readerFrom, readerFromOK := b.wr.(io.ReaderFrom)
	var m int
	for {
		if b.Available() == 0 {
			if err1 := b.Flush(); err1 != nil {
				return n, err1
			}
		}
		if readerFromOK && b.Buffered() == 0 {
			nn, err := readerFrom.ReadFrom(r)
			b.err = err
			n += nn
			return n, err
		}
		nr := 0
		for nr < maxEmptyReads {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			nr++
		}
		if nr == maxEmptyReads {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		if b.Available() == 0 {
			err = b.Flush() // filled exactly: flush now
		} else {
			err = nil
		}
	}
	return n, err
}

// Flush writes the buffered bytes to the underlying writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Reset drops anything buffered and any error, and writes to w from now on.
func (b *Writer) Reset(w io.Writer) {
	b.err = nil
	b.n = 0
	b.wr = w
}

// Write buffers p, writing straight through when p is larger than the
// buffer and nothing is buffered.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteString is Write for a string; with nothing buffered, a long s goes
// straight to the underlying WriteString when there is one.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if sw, ok := b.wr.(io.StringWriter); ok && b.Buffered() == 0 {
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes r's UTF-8 encoding.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	return b.WriteString(string(r))
}

// ---- Scanner --------------------------------------------------------------------

// SplitFunc finds the next token in data: how far to advance, the token
// (nil: none yet, read more), or an error that stops the scan.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// MaxScanTokenSize is the default limit on a token's size.
const MaxScanTokenSize = 64 * 1024

const startBufSize = 4096

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	// ErrFinalToken, returned by a SplitFunc, ends the scan after its token.
	ErrFinalToken = errors.New("final token")
)

// Scanner reads input token by token: lines by default.
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte
	buf          []byte
	start, end   int // unprocessed input is buf[start:end]
	err          error
	empties      int
	scanCalled   bool
	done         bool
}

// NewScanner returns a Scanner that splits r into lines.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the first error other than io.EOF.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the current token; it is overwritten by the next Scan.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the current token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the initial buffer and the maximum token size.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function (before the first Scan).
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// advance consumes n bytes of input, reporting false on a bad count.
func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// Scan moves to the next token, reporting false at the end of the input
// or on an error (see Err).
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return true
				}
				s.setErr(err)
				return false
			}
			if !s.advance(advance) {
				return false
			}
			s.token = token
			if token != nil {
				if s.err == nil || advance > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start = 0
			s.end = 0
			return false
		}
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			if len(s.buf) >= s.maxTokenSize {
				s.setErr(ErrTooLong)
				return false
			}
			size := len(s.buf) * 2
			if size == 0 {
				size = startBufSize
			}
			if size > s.maxTokenSize {
				size = s.maxTokenSize
			}
			grown := make([]byte, size)
			copy(grown, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
			s.buf = grown
		}
		for tries := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || len(s.buf)-s.end < n {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			tries++
			if tries > maxEmptyReads {
				s.setErr(io.ErrNoProgress)
				break
			}
		}
	}
}

// ScanBytes is a SplitFunc returning each byte.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// ScanRunes is a SplitFunc returning each UTF-8 rune (invalid bytes as
// "\uFFFD").
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	_, width := utf8.DecodeRune(data)
	if width > 1 {
		return width, data[0:width], nil
	}
	if !atEOF && !utf8.FullRuneInString(string(data)) {
		return 0, nil, nil
	}
	return 1, []byte(string(utf8.RuneError)), nil
}

// ScanLines is a SplitFunc returning each line without its "\n" or
// "\r\n"; a last line without a newline is returned too.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	for i := 0; i < len(data); i++ {
		if data[i] == '\n' {
			return i + 1, dropCR(data[0:i]), nil
		}
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

// isSpace is Go's bufio white space: unicode.IsSpace's set.
func isSpace(r rune) bool {
	if r <= '\u00FF' {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', '\u0085', '\u00A0':
			return true
		}
		return false
	}
	if '\u2000' <= r && r <= '\u200a' {
		return true
	}
	switch r {
	case '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000':
		return true
	}
	return false
}

// ScanWords is a SplitFunc returning each space-separated word.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for width := 0; start < len(data); start += width {
		var r rune
		r, width = utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
	}
	for width, i := 0, start; i < len(data); i += width {
		var r rune
		r, width = utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + width, data[start:i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// ReadWriter pairs a Reader and a Writer; it implements io.ReadWriter.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter over r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter {
	return &ReadWriter{r, w}
}
