// bytes.Reader and strings.Reader: Read, ReadByte/UnreadByte,
// ReadRune/UnreadRune, Len/Size, Seek, ReadAt, WriteTo, Reset, and their
// error texts.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type seekReader interface {
	io.Reader
	io.ReaderAt
	io.Seeker
	io.WriterTo
	io.RuneScanner
	io.ByteScanner
	Len() int
	Size() int64
}

func exercise(name string, r seekReader) {
	fmt.Println("==", name)
	fmt.Println(r.Len(), r.Size())
	fmt.Println(r.UnreadByte())
	fmt.Println(r.UnreadRune())
	p := make([]byte, 3)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], r.Len())
	c, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", c, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	fmt.Println(r.Seek(2, io.SeekCurrent))
	fmt.Println(r.Seek(-1, io.SeekEnd))
	fmt.Println(r.Seek(100, io.SeekStart))
	n, err = r.Read(p)
	fmt.Println(n, err, r.Len())
	fmt.Println(r.Seek(-1, io.SeekStart))
	fmt.Println(r.Seek(0, 7))
	q := make([]byte, 4)
	n, err = r.ReadAt(q, 1)
	fmt.Printf("%d %v %q\n", n, err, q[:n])
	n, err = r.ReadAt(q, 7)
	fmt.Printf("%d %v %q\n", n, err, q[:n])
	n, err = r.ReadAt(q, 50)
	fmt.Println(n, err)
	n, err = r.ReadAt(q, -1)
	fmt.Println(n, err)
	r.Seek(4, io.SeekStart)
	m, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(m, err, r.Len())
	m, err = r.WriteTo(os.Stdout)
	fmt.Println(m, err)
	b, err = r.ReadByte()
	fmt.Println(b, err)
	c, size, err = r.ReadRune()
	fmt.Println(c, size, err)
}

func main() {
	data := "héllo wörld"
	exercise("bytes", bytes.NewReader([]byte(data)))
	exercise("strings", strings.NewReader(data))

	slice := []byte("abc")
	br := bytes.NewReader(slice)
	slice[0] = 'X'
	all, _ := io.ReadAll(br)
	fmt.Printf("%s\n", all)
	br.Reset([]byte("again"))
	all, _ = io.ReadAll(br)
	fmt.Printf("%s %d\n", all, br.Size())

	var zero bytes.Reader
	n, err := zero.Read(make([]byte, 1))
	fmt.Println(n, err, zero.Len(), zero.Size())
	fmt.Println(bytes.NewReader(nil).Len())

	var dst bytes.Buffer
	k, err := io.Copy(&dst, bytes.NewReader([]byte("copied via WriteTo")))
	fmt.Println(k, err, dst.String())
	k, err = io.Copy(&dst, strings.NewReader("+more"))
	fmt.Println(k, err, dst.String())
}
