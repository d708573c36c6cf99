// bufio.Writer.ReadFrom (buffering small reads, flushing when full,
// handing r to the destination's own ReadFrom when nothing is buffered,
// io.ErrNoProgress after empty reads, a sticky write error) and
// AvailableBuffer; ReadWriter gets ReadFrom too.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// plain writes to a buffer and records each Write's length.
type plain struct {
	buf   bytes.Buffer
	sizes []int
}

func (p *plain) Write(b []byte) (int, error) {
	p.sizes = append(p.sizes, len(b))
	return p.buf.Write(b)
}

// chunky returns its data n bytes per Read.
type chunky struct {
	data string
	n    int
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.data == "" {
		return 0, io.EOF
	}
	k := copy(p[:min(len(p), c.n)], c.data)
	c.data = c.data[k:]
	return k, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

type empty struct{}

func (empty) Read(p []byte) (int, error) { return 0, nil }

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	var p plain
	w := bufio.NewWriterSize(&p, 16)
	w.WriteString("head:")
	n, err := w.ReadFrom(&chunky{strings.Repeat("x", 40), 7})
	fmt.Println(n, err, w.Buffered(), p.sizes)
	w.Flush()
	fmt.Println(p.buf.Len(), p.sizes)

	var p2 plain
	w2 := bufio.NewWriterSize(&p2, 16)
	n, err = w2.ReadFrom(&chunky{strings.Repeat("y", 16), 16})
	fmt.Println(n, err, w2.Buffered(), p2.sizes)

	var bb bytes.Buffer // a ReaderFrom: used directly once the buffer is empty
	w3 := bufio.NewWriterSize(&bb, 16)
	n, err = w3.ReadFrom(strings.NewReader(strings.Repeat("z", 100)))
	fmt.Println(n, err, w3.Buffered(), bb.Len())
	w3.WriteString("ab")
	n, err = w3.ReadFrom(strings.NewReader("cd"))
	fmt.Println(n, err, w3.Buffered(), bb.Len())

	w4 := bufio.NewWriter(&plain{})
	n, err = w4.ReadFrom(empty{})
	fmt.Println(n, err)

	w5 := bufio.NewWriterSize(failing{}, 4)
	n, err = w5.ReadFrom(strings.NewReader("0123456789"))
	fmt.Println(n, err)
	n, err = w5.ReadFrom(strings.NewReader("more"))
	fmt.Println(n, err)

	var p6 plain
	w6 := bufio.NewWriterSize(&p6, 32)
	w6.WriteString("n=")
	b := w6.AvailableBuffer()
	fmt.Println(len(b), cap(b))
	b = append(b, "42;"...)
	w6.Write(b)
	fmt.Println(len(w6.AvailableBuffer()), cap(w6.AvailableBuffer()), w6.Buffered())
	w6.Flush()
	fmt.Printf("%q\n", p6.buf.String())

	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("")), bufio.NewWriter(&out))
	n, err = rw.ReadFrom(strings.NewReader("via ReadWriter"))
	rw.Flush()
	fmt.Println(n, err, out.String(), len(rw.AvailableBuffer()))
}
