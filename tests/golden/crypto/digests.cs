package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strings"
)

func inputs() []string {
	in := []string{"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog"}
	for _, n := range []int{55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000} {
		in = append(in, strings.Repeat("x", n))
	}
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		b.WriteByte(byte(i * 7))
	}
	return append(in, b.String())
}

// feed writes s in uneven pieces and checks Sum leaves the state alone.
func feed(h hash.Hash, s string) []byte {
	h.Reset()
	for i, n := 0, 1; i < len(s); n = n*3 + 1 {
		if i+n > len(s) {
			n = len(s) - i
		}
		h.Write([]byte(s[i : i+n]))
		h.Sum(nil)
		i += n
	}
	return h.Sum([]byte("prefix:"))
}

func main() {
	hs := []hash.Hash{md5.New(), sha1.New(), sha256.New(), sha256.New224()}
	for _, s := range inputs() {
		b := []byte(s)
		fmt.Printf("%d %x %x\n", len(s), md5.Sum(b), sha1.Sum(b))
		fmt.Printf("  %x %x\n", sha256.Sum256(b), sha256.Sum224(b))
		for _, h := range hs {
			fmt.Printf("  %q\n", feed(h, s))
		}
	}
	for _, h := range hs {
		fmt.Println(h.Size(), h.BlockSize())
	}
	fmt.Println(md5.Size, md5.BlockSize, sha1.Size, sha1.BlockSize, sha256.Size, sha256.Size224, sha256.BlockSize)
	h := sha256.New()
	io.WriteString(h, "hello ")
	fmt.Fprintf(h, "world %d", 42)
	fmt.Printf("%x\n%X\n", h.Sum(nil), md5.Sum([]byte("hello")))
	sum := sha1.Sum(nil)
	fmt.Println(len(sum), sum[0], fmt.Sprintf("%x", sum[:4]))
	n, err := h.Write(make([]byte, 100))
	fmt.Println(n, err)
}
