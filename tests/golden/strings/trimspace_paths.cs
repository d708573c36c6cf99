package main

// TrimSpace's ASCII scan and its fallbacks to rune decoding at either end:
// Unicode spaces (NBSP, NEL, U+3000, U+2003), invalid UTF-8, all-space and
// empty inputs; bytes.TrimSpace's nil result and the capacity of its
// subslice.

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	inputs := []string{
		"", " ", " \t\n\v\f\r ", "x", "  x  ", "a b", "\u00a0x", "x\u00a0", " \u0085 ", "\u3000y\u2003",
		" \xff ", "\xff", " é ", "é", "\u00a0\u00a0", " \u00a0 ", "z \u00a0", "\u00a0 z", "\x00 \x00",
	}
	for _, s := range inputs {
		t := strings.TrimSpace(s)
		b := bytes.TrimSpace([]byte(s))
		fmt.Printf("%q -> %q %q nil=%v\n", s, t, b, b == nil)
	}
	buf := []byte("  keep  ")
	t := bytes.TrimSpace(buf[:7])
	fmt.Println(len(t), cap(t), string(t))
	t = append(t, '!')
	fmt.Printf("%q\n", buf)
}
