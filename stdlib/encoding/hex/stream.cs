// NewEncoder and NewDecoder: hex over io.Writer and io.Reader, as in
// Go 1.19. The encoder encodes in chunks of half its buffer and counts
// the source bytes whose hex was written. The decoder keeps the hex it
// has read but not yet decoded (at most one odd digit between reads) and
// reports a read error only once that is used up; at EOF a dangling
// digit is io.ErrUnexpectedEOF (or, if not a hex digit, an
// InvalidByteError). A decoding error drops the rest of the input.
package hex

import "io"

const bufferSize = 1024

type encoder struct {
	w   io.Writer
	err error
	out [bufferSize]byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal
// characters to w.
func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		chunk := len(p)
		if chunk > bufferSize/2 {
			chunk = bufferSize / 2
		}
		m := Encode(e.out[:], p[:chunk])
		var written int
		written, e.err = e.w.Write(e.out[:m])
		n += written / 2
		p = p[chunk:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // hex read but not yet decoded, in arr
	arr [bufferSize]byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters
// from r, which should hold an even number of them.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

func (d *decoder) fill() {
	kept := copy(d.arr[:], d.in)
	var n int
	n, d.err = d.r.Read(d.arr[kept:])
	d.in = d.arr[:kept+n]
	if d.err == io.EOF && len(d.in)%2 != 0 {
		if last := d.in[len(d.in)-1]; fromDigit(last) > 0x0f {
			d.err = InvalidByteError(last)
		} else {
			d.err = io.ErrUnexpectedEOF
		}
	}
}

func (d *decoder) Read(p []byte) (int, error) {
	if len(d.in) < 2 && d.err == nil {
		d.fill()
	}
	if len(p) > len(d.in)/2 {
		p = p[:len(d.in)/2]
	}
	n, err := Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, nil
}
