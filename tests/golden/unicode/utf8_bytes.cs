package main

import (
	"fmt"
	"unicode/utf8"
)

// DecodeRune, DecodeLastRune and FullRune on byte slices: ASCII, every
// width, truncated and invalid sequences, and a long buffer walked both
// ways.
func main() {
	cases := [][]byte{
		nil, {}, []byte("a"), []byte("é"), []byte("€x"), []byte("𝄞"), []byte("x𝄞"),
		{0xE2, 0x82}, {0xF0, 0x9D, 0x84}, {0xFF}, {0xC0, 0x80}, {0xED, 0xA0, 0x80},
		{0x80, 0x80, 0x80, 0x80, 0x80}, []byte("héllo, wörld €"), {'a', 0xE2, 0x82, 0xAC},
	}
	for _, c := range cases {
		r, n := utf8.DecodeRune(c)
		lr, ln := utf8.DecodeLastRune(c)
		fmt.Printf("%q: first %q/%d last %q/%d full %v count %d valid %v\n",
			c, r, n, lr, ln, utf8.FullRune(c), utf8.RuneCount(c), utf8.Valid(c))
	}
	var buf []byte
	for i := 0; i < 20000; i++ {
		buf = append(buf, "aé€𝄞"[i%4:]...)
	}
	forward, sum := 0, 0
	for p := buf; len(p) > 0; forward++ {
		r, n := utf8.DecodeRune(p)
		sum += int(r)
		p = p[n:]
	}
	backward := 0
	for p := buf; len(p) > 0; backward++ {
		r, n := utf8.DecodeLastRune(p)
		sum -= int(r)
		p = p[:len(p)-n]
	}
	fmt.Println(len(buf), forward, backward, sum)
}
