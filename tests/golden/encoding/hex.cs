package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	src := []byte("Hello Gopher!\x00\xff\x7f")
	s := hex.EncodeToString(src)
	fmt.Println(s, hex.EncodedLen(len(src)), hex.DecodedLen(len(s)), hex.DecodedLen(7))
	dst := make([]byte, hex.EncodedLen(3))
	fmt.Println(hex.Encode(dst, []byte{0xde, 0xad, 0x01}), string(dst))
	fmt.Println(hex.EncodeToString(nil) == "")

	for _, in := range []string{"", "48656c6c6f", "DEADbeef", "abc", "zz", "0g", "a", "4x", "12345", "1234z", "12z4", "\xffa"} {
		b, err := hex.DecodeString(in)
		fmt.Printf("%q: %v %q err=%v\n", in, b, b, err)
		var ibe hex.InvalidByteError
		if errors.As(err, &ibe) {
			fmt.Println("  invalid byte", byte(ibe))
		}
		fmt.Println("  length?", err == hex.ErrLength)
	}
	out := make([]byte, 4)
	n, err := hex.Decode(out, []byte("0102zz"))
	fmt.Println(n, err, out)

	fmt.Print(hex.Dump([]byte("0123456789abcdefghijklmnopqrstuvwxyz\x00\x01\x7f\x80 ~")))
	fmt.Print(hex.Dump([]byte("short")))
	fmt.Print(hex.Dump([]byte("exactly 8")))
	fmt.Print(hex.Dump(bytes.Repeat([]byte{'A'}, 32)))
	fmt.Printf("%q\n", hex.Dump(nil))

	d := hex.Dumper(os.Stdout)
	d.Write([]byte("split "))
	d.Write([]byte("across writes, more than a line"))
	fmt.Println(d.Close(), d.Close())
	_, err = d.Write([]byte("x"))
	fmt.Println(err)

	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	n, err = e.Write(bytes.Repeat([]byte{0xab, 0x12}, 700))
	fmt.Println(n, err, buf.Len(), buf.String()[:20])
	dec := hex.NewDecoder(&buf)
	all, err := io.ReadAll(dec)
	fmt.Println(len(all), err, all[:4])
	for _, in := range []string{"abc", "abcx", "ab zz", "0102"} {
		got, err := io.ReadAll(hex.NewDecoder(strings.NewReader(in)))
		fmt.Println(in, got, err)
	}
}
