// NewEncoder: base64 over an io.Writer, as in Go 1.19. The encoder
// writes whole quanta as they become complete, keeps up to two leftover
// bytes, and flushes them, padded, at Close. After a write error it
// returns that error forever.
package base64

import "io"

type encoder struct {
	enc  *Encoding
	w    io.Writer
	err  error
	buf  [3]byte // leftover bytes of an incomplete quantum
	nbuf int
	out  [1024]byte
}

// NewEncoder returns a WriteCloser encoding with enc to w; Close writes
// any partial quantum.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

func (e *encoder) flush(src []byte) error {
	e.enc.Encode(e.out[:], src)
	_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(len(src))])
	return e.err
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		k := copy(e.buf[e.nbuf:], p)
		e.nbuf += k
		n += k
		p = p[k:]
		if e.nbuf < 3 {
			return n, nil
		}
		e.nbuf = 0
		if e.flush(e.buf[:]) != nil {
			return n, e.err
		}
	}
	for len(p) >= 3 {
		chunk := len(e.out) / 4 * 3
		if chunk > len(p) {
			chunk = len(p) - len(p)%3
		}
		if e.flush(p[:chunk]) != nil {
			return n, e.err
		}
		n += chunk
		p = p[chunk:]
	}
	e.nbuf = copy(e.buf[:], p)
	return n + e.nbuf, nil
}

// Close flushes any pending output; it does not close the writer.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.flush(e.buf[:e.nbuf])
		e.nbuf = 0
	}
	return e.err
}
