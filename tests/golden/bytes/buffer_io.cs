// bytes.Buffer as io.Writer/Reader: fmt.Fprintf into it, bufio.Scanner
// over it, io.Copy both ways (WriteTo/ReadFrom), and interface checks.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

type onlyWriter struct{ w io.Writer }

func (o onlyWriter) Write(p []byte) (int, error) { return o.w.Write(p) }

func main() {
	var buf bytes.Buffer
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&buf, "line %d: %s\n", i, strings.Repeat("*", i))
	}
	fmt.Fprint(&buf, "last", 42)
	fmt.Println(buf.Len())

	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		fmt.Printf("[%s]\n", sc.Text())
	}
	fmt.Println(sc.Err(), buf.Len())

	src := bytes.NewBufferString(strings.Repeat("0123456789", 100))
	var dst bytes.Buffer
	n, err := io.Copy(&dst, src)
	fmt.Println(n, err, dst.Len(), src.Len(), dst.Cap())

	var viaRF bytes.Buffer
	n, err = viaRF.ReadFrom(onlyReader{strings.NewReader(strings.Repeat("x", 1500))})
	fmt.Println(n, err, viaRF.Len(), viaRF.Cap())

	var sb strings.Builder
	n, err = dst.WriteTo(onlyWriter{&sb})
	fmt.Println(n, err, sb.Len(), dst.Len())

	n, err = io.Copy(os.Stdout, bytes.NewBufferString("to stdout\n"))
	fmt.Println(n, err)

	var w io.Writer = &buf
	var r io.Reader = &buf
	var br io.ByteReader = &buf
	var rr io.RuneReader = &buf
	var sw io.StringWriter = &buf
	var bs io.ByteScanner = &buf
	var rs io.RuneScanner = &buf
	var wt io.WriterTo = &buf
	var rf io.ReaderFrom = &buf
	var bw io.ByteWriter = &buf
	var st fmt.Stringer = &buf
	sw.WriteString("ab")
	bw.WriteByte('c')
	w.Write([]byte("d"))
	c, _ := br.ReadByte()
	bs.UnreadByte()
	ch, size, _ := rr.ReadRune()
	rs.UnreadRune()
	p := make([]byte, 2)
	k, _ := r.Read(p)
	fmt.Println(c, ch, size, k, string(p), st.String(), wt != nil, rf != nil)

	all, err := io.ReadAll(bytes.NewBufferString("read all of this"))
	fmt.Printf("%q %v\n", all, err)
}
