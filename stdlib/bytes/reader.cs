// Reader: io.Reader, io.ReaderAt, io.Seeker, io.WriterTo, io.ByteScanner
// and io.RuneScanner over a byte slice. It is a strings.Reader over the
// slice's view (bytes.cs), so the two share every algorithm; the slice is
// read in place, as in Go. Errors other than io.EOF are renamed from
// strings.Reader's to bytes.Reader's wording.
package bytes

import (
	"errors"
	"io"
	"strings"
)

// A Reader reads from a byte slice; its zero value reads nothing.
type Reader struct {
	r strings.Reader
}

func NewReader(b []byte) *Reader {
	r := &Reader{}
	r.Reset(b)
	return r
}

// Reset makes r read from b, from the start.
func (r *Reader) Reset(b []byte) {
	r.r.Reset(view(b))
}

// renamed rewords a strings.Reader error as bytes.Reader's ("... of
// string" becomes "... of slice"); nil and io.EOF pass through.
func renamed(err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	msg := strings.TrimPrefix(err.Error(), "strings.")
	return errors.New("bytes." + strings.Replace(msg, "of string", "of slice", 1))
}

// Len returns the number of unread bytes.
func (r *Reader) Len() int {
	return r.r.Len()
}

// Size returns the length of the underlying slice.
func (r *Reader) Size() int64 {
	return r.r.Size()
}

func (r *Reader) Read(b []byte) (n int, err error) {
	return r.r.Read(b)
}

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	n, err = r.r.ReadAt(b, off)
	return n, renamed(err)
}

func (r *Reader) ReadByte() (byte, error) {
	return r.r.ReadByte()
}

func (r *Reader) UnreadByte() error {
	return renamed(r.r.UnreadByte())
}

func (r *Reader) ReadRune() (ch rune, size int, err error) {
	return r.r.ReadRune()
}

func (r *Reader) UnreadRune() error {
	return renamed(r.r.UnreadRune())
}

func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	abs, err := r.r.Seek(offset, whence)
	return abs, renamed(err)
}

func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	return r.r.WriteTo(w)
}
