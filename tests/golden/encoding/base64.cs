package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

var encs = []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding,
	base64.StdEncoding.Strict(), base64.RawStdEncoding.Strict(), base64.StdEncoding.WithPadding('*')}

func encode() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe", "\x00\x00\x00\x00", "Man is distinguished, not only by his reason"}
	for i, e := range encs {
		for _, in := range inputs {
			s := e.EncodeToString([]byte(in))
			fmt.Println(i, len(in), e.EncodedLen(len(in)), e.DecodedLen(len(s)), s)
		}
	}
	dst := make([]byte, 8)
	base64.StdEncoding.Encode(dst, []byte("hi!?"))
	fmt.Printf("%q\n", dst)
}

func decode() {
	inputs := []string{"", "Zg==", "Zg", "Zm8=", "Zm8", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy", "Zm9v\nYmFy\r\n",
		"Zg=", "Zg===", "Z===", "=", "Zm9v=", "Zm9vYg==Zm9v", "Zm9vYg== ", "Zm9vYg=\n=", "Zm9vYg=\nx", "Zm9vYg==\n\n",
		"Zh==", "Zm9=", "Zm8-", "Zm8_", "-_-_", "+/+/", "Zm9vYmF", "Z", "Zm9vY", "!!!!", "Zm\x009v", "Zg**", "Zg*", "Zm9vYg==\n"}
	for i, e := range encs {
		for _, in := range inputs {
			b, err := e.DecodeString(in)
			fmt.Printf("%d %q: %q %v", i, in, b, err)
			var ce base64.CorruptInputError
			if errors.As(err, &ce) {
				fmt.Print(" at ", int64(ce))
			}
			fmt.Println()
		}
	}
	dst := make([]byte, 11)
	n, err := base64.StdEncoding.Decode(dst, []byte("aGVsbG8gd29ybGQ="))
	fmt.Println(n, err, string(dst[:n]))
}

func stream() {
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawURLEncoding} {
		var buf bytes.Buffer
		w := base64.NewEncoder(e, &buf)
		for _, part := range []string{"a", "bc", "defg", "", strings.Repeat("xyz", 400), "h"} {
			n, err := w.Write([]byte(part))
			fmt.Print(n, err, " ")
		}
		fmt.Println(w.Close(), w.Close(), buf.Len(), buf.String()[:12], buf.String()[buf.Len()-8:])
	}
}

// oneByte reads one byte at a time, to split quanta between reads.
type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func streamDecode() {
	long := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("0123456789", 300)))
	inputs := []string{"", "Zm9vYmFy", "Zm9v\nYmFy\r\n", "Zm9vYg==", "Zm9vYg", "Zm9vY", "Zm9v!mFy", "\n\n\nZg==", "Zm9vYg==Zm9v", long}
	for i, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
		for _, in := range inputs {
			got, err := io.ReadAll(base64.NewDecoder(e, strings.NewReader(in)))
			got1, err1 := io.ReadAll(base64.NewDecoder(e, oneByte{strings.NewReader(in)}))
			fmt.Println(i, len(in), len(got), err, len(got1), err1, string(got) == string(got1))
		}
	}
	d := base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVsbG8gd29ybGQh"))
	small := make([]byte, 5)
	for {
		n, err := d.Read(small)
		fmt.Printf("%d %q %v\n", n, small[:n], err)
		if err != nil {
			break
		}
	}
}

func badAlphabet(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func custom() {
	c := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/")
	s := c.EncodeToString([]byte("custom!"))
	b, err := c.DecodeString(s)
	fmt.Println(s, string(b), err)
	badAlphabet(func() { base64.NewEncoding("short") })
	badAlphabet(func() { base64.NewEncoding(strings.Repeat("a", 63) + "\n") })
	badAlphabet(func() { base64.StdEncoding.WithPadding('A') })
	badAlphabet(func() { base64.StdEncoding.WithPadding('\n') })
	badAlphabet(func() { base64.StdEncoding.WithPadding(0x100) })
	fmt.Println(base64.StdPadding, base64.NoPadding, base64.CorruptInputError(7).Error())
}

func main() {
	encode()
	decode()
	stream()
	streamDecode()
	custom()
}
