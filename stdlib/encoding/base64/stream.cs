// NewEncoder and NewDecoder: base64 over io.Writer and io.Reader, as in
// Go 1.19. The encoder writes whole quanta as they become complete, keeps
// up to two leftover bytes, and flushes them, padded, at Close. After a
// write error it returns that error forever.
//
// The decoder reads through a filter that drops '\r' and '\n', decodes
// whole quanta (an unpadded encoding's last fragment at end of input),
// and keeps decoded bytes that did not fit the caller's buffer for the
// next Read. Input that ends inside a quantum is io.ErrUnexpectedEOF.
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

type decoder struct {
	enc     *Encoding
	r       io.Reader
	err     error // decoding error, or the read error once input is used up
	readErr error
	buf     [1024]byte // input not yet decoded
	nbuf    int
	out     []byte // decoded bytes not yet returned, in outbuf
	outbuf  [1024 / 4 * 3]byte
}

// NewDecoder returns a reader decoding r's base64 with enc.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineFilter{r}}
}

// fill reads until it holds a quantum or the input ends; it asks for as
// much input as p can take decoded.
func (d *decoder) fill(p []byte) {
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var n int
		n, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += n
	}
}

// deliver decodes src into outbuf and returns what fits in p.
func (d *decoder) deliver(p, src []byte) int {
	var n int
	n, d.err = d.enc.Decode(d.outbuf[:], src)
	d.out = d.outbuf[:n]
	k := copy(p, d.out)
	d.out = d.out[k:]
	return k
}

// finish handles input that ended with fewer than 4 bytes left.
func (d *decoder) finish(p []byte) (int, error) {
	if d.enc.padChar == NoPadding && d.nbuf > 0 {
		n := d.deliver(p, d.buf[:d.nbuf])
		d.nbuf = 0
		if n > 0 || len(p) == 0 && len(d.out) > 0 {
			return n, nil
		}
		if d.err != nil {
			return 0, d.err
		}
	}
	d.err = d.readErr
	if d.err == io.EOF && d.nbuf > 0 {
		d.err = io.ErrUnexpectedEOF
	}
	return 0, d.err
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	d.fill(p)
	if d.nbuf < 4 {
		return d.finish(p)
	}
	whole := d.nbuf / 4 * 4
	if whole/4*3 > len(p) {
		n = d.deliver(p, d.buf[:whole])
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:whole])
	}
	d.nbuf = copy(d.buf[:], d.buf[whole:d.nbuf])
	return n, d.err
}

// newlineFilter drops '\r' and '\n' from what it reads, reading again
// when a read returns nothing else.
type newlineFilter struct {
	r io.Reader
}

func (f *newlineFilter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, b := range p[:n] {
			if b != '\r' && b != '\n' {
				p[kept] = b
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
