// bytes.Buffer: writing, reading, growth (Len/Cap as Go's), Unread*,
// Truncate/Reset/Next, and the zero value.
package main

import (
	"bytes"
	"fmt"
	"io"
)

func state(name string, b *bytes.Buffer) {
	fmt.Printf("%s len=%d cap=%d %q\n", name, b.Len(), b.Cap(), b.String())
}

func main() {
	var b bytes.Buffer
	state("zero", &b)
	fmt.Println(b.Bytes() == nil)
	b.WriteByte('a')
	state("byte", &b)
	n, err := b.WriteRune('é')
	fmt.Println(n, err)
	n, err = b.WriteRune(0x1F600)
	fmt.Println(n, err)
	b.WriteRune(-1)
	state("runes", &b)
	b.Write([]byte(" and some more text to go past the small size"))
	state("write", &b)
	b.WriteString(" ... and even more, past 128 bytes, so the buffer has to grow a second time, yes")
	state("grow", &b)

	var g bytes.Buffer
	g.Grow(100)
	state("Grow 100", &g)
	g.Grow(0)
	state("Grow 0", &g)
	for i := 0; i < 20; i++ {
		g.WriteString("0123456789")
		fmt.Print(g.Cap(), " ")
	}
	fmt.Println()

	r := bytes.NewBufferString("line one\nline two\nno newline")
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	fmt.Println(r.UnreadByte(), r.UnreadByte(), r.Len())
	line, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)

	rr := bytes.NewBuffer([]byte("héllo\xff!"))
	for {
		c, size, err := rr.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q %d ", c, size)
	}
	fmt.Println()
	fmt.Println(rr.UnreadRune())
	rr = bytes.NewBufferString("ßx")
	rr.ReadRune()
	fmt.Println(rr.UnreadRune(), rr.Len(), rr.UnreadRune())
	rr.ReadByte()
	fmt.Println(rr.UnreadRune(), rr.UnreadByte(), rr.UnreadByte(), rr.Len())

	nb := bytes.NewBufferString("0123456789")
	fmt.Printf("%q %q %q %q\n", nb.Next(3), nb.Next(0), nb.Next(100), nb.Next(1))
	nb = bytes.NewBufferString("0123456789")
	p := make([]byte, 4)
	k, err := nb.Read(p)
	fmt.Println(k, err, string(p[:k]))
	nb.Truncate(2)
	state("Truncate", nb)
	nb.Truncate(0)
	state("Truncate 0", nb)
	k, err = nb.Read(p)
	fmt.Println(k, err)
	k, err = nb.Read(nil)
	fmt.Println(k, err)
	c, err := nb.ReadByte()
	fmt.Println(c, err, err == io.EOF)

	// (not NewBufferString: gc may give its []byte(s) a 32-byte stack buffer)
	rs := new(bytes.Buffer)
	rs.WriteString("hello world")
	rs.Next(6)
	rs.Reset()
	state("Reset", rs)
	rs.WriteString("again")
	state("again", rs)

	var np *bytes.Buffer
	fmt.Println(np.String())
	fmt.Println(np)

	own := make([]byte, 3, 10)
	ob := bytes.NewBuffer(own)
	ob.WriteString("xy")
	state("NewBuffer", ob)
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
}
