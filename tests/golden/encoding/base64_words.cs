// base64 Decode's 8- and 4-character word paths against Go: the bytes
// just past the decoded ones are zeroed when dst has room for a whole
// word, bad characters, newlines and padding inside or after word-sized
// runs fall back to the quantum loop with Go's offsets, and Encode of
// every tail length with and without padding.
package main

import (
	"encoding/base64"
	"fmt"
)

func show(enc *base64.Encoding, name, src string, dstLen int) {
	dst := make([]byte, dstLen)
	for i := range dst {
		dst[i] = 0xee
	}
	n, err := enc.Decode(dst, []byte(src))
	fmt.Printf("%s %q dst=%d: n=%d err=%v dst=%x\n", name, src, dstLen, n, err, dst)
}

func main() {
	inputs := []string{
		"", "QQ==", "QUI=", "QUJD", "QUJDRA==", "QUJDREVG", "QUJDREVGR0g=",
		"QUJDREVGR0hJSktM", "QUJDREVGR0hJSktMTU5PUA==", "QUJD\nREVGR0hJ",
		"QUJDREVG\r\nR0hJSktM", "QUJD*EVGR0hJ", "QUJDREVGR0h!", "QUJDRE==R0hJ",
		"QUJDREVGR0hJSkt", "QUJDREVGR0hJSk", "QUJDREVGR0hJS", "AAAAAAAAAAAA",
		"////////////", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\n",
	}
	for _, s := range inputs {
		for _, extra := range []int{0, 1, 2, 3, 8} {
			show(base64.StdEncoding, "std", s, base64.StdEncoding.DecodedLen(len(s))+extra)
		}
		show(base64.RawStdEncoding, "raw", s, base64.RawStdEncoding.DecodedLen(len(s))+4)
		show(base64.StdEncoding.Strict(), "strict", s, len(s))
	}
	show(base64.URLEncoding, "url", "-_-_-_-_AAAA", 12)
	show(base64.StdEncoding, "std", "-_-_-_-_AAAA", 12)
	for n := 0; n <= 10; n++ {
		src := []byte("Hello, base64!")[:n]
		fmt.Println(n, base64.StdEncoding.EncodeToString(src), base64.RawURLEncoding.EncodeToString(src),
			base64.StdEncoding.WithPadding('*').EncodeToString(src))
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	base64.StdEncoding.Encode(make([]byte, 6), []byte("abcdef"))
}
