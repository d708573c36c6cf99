// bufio.Writer.ReadFrom (which io.Copy uses when the source is no WriterTo)
// reads through the buffer: the underlying writer sees buffer-sized writes,
// a buffer filled exactly at EOF is flushed, an underlying ReaderFrom
// (bytes.Buffer, *os.File) takes over once nothing is buffered, and a reader
// that makes no progress gives io.ErrNoProgress. Also AvailableBuffer,
// Replacer.WriteString and File.ReadFrom.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

type recorder struct{ sizes []int }

func (r *recorder) Write(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	return len(p), nil
}

// dribble returns at most 7 bytes per Read and is no WriterTo.
type dribble struct {
	s   string
	err error
}

func (d *dribble) Read(p []byte) (int, error) {
	if d.s == "" {
		return 0, d.err
	}
	n := copy(p[:min(len(p), 7)], d.s)
	d.s = d.s[n:]
	return n, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

type stuck struct{}

func (stuck) Read(p []byte) (int, error) { return 0, nil }

func main() {
	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 16)
	w.WriteString("abc")
	n, err := io.Copy(w, &dribble{strings.Repeat("x", 40), io.EOF})
	fmt.Println(n, err, rec.sizes, w.Buffered())
	w.Flush()
	fmt.Println(rec.sizes)

	rec = &recorder{}
	w = bufio.NewWriterSize(rec, 16)
	n, err = w.ReadFrom(&dribble{strings.Repeat("y", 32), io.EOF})
	fmt.Println(n, err, rec.sizes, w.Buffered())
	n, err = w.ReadFrom(&dribble{"zz", errors.New("read failed")})
	fmt.Println(n, err, rec.sizes, w.Buffered())
	n, err = w.ReadFrom(stuck{})
	fmt.Println(n, err, w.Buffered())

	var bb bytes.Buffer
	bw := bufio.NewWriterSize(&bb, 16)
	bw.WriteString("head:")
	n, err = bw.ReadFrom(&dribble{strings.Repeat("b", 30), io.EOF})
	fmt.Println(n, err, bb.Len(), bw.Buffered())
	bw.Flush()
	fmt.Println(bb.String())

	w = bufio.NewWriterSize(&recorder{}, 16)
	w.WriteString("12345")
	ab := w.AvailableBuffer()
	fmt.Println(len(ab), cap(ab))
	ab = append(ab, "678"...)
	w.Write(ab)
	fmt.Println(w.Buffered(), w.Available())

	var sb strings.Builder
	k, err := strings.NewReplacer("a", "1", "b", "22").WriteString(&sb, "abcab")
	fmt.Println(k, err, sb.String())

	dir, err := os.MkdirTemp("", "readfrom")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "f")
	f, _ := os.Create(name)
	m, err := f.ReadFrom(&dribble{"file data", io.EOF})
	fmt.Println(m, err)
	fw := bufio.NewWriter(f)
	m, err = io.Copy(fw, &dribble{" and more", io.EOF})
	fmt.Println(m, err, fw.Buffered())
	fw.Flush()
	f.Close()
	_, err = f.ReadFrom(strings.NewReader("late"))
	fmt.Println(err != nil)
	data, _ := os.ReadFile(name)
	fmt.Println(string(data))
}
