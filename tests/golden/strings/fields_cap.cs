package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"", " ", "a", " a ", "a b", "  foo bar  baz   ", "\tx\ny\v\fz\r", "héllo  wörld ", "a\u00a0b c", "x\u2003y", "  \u0085 q"} {
		f := strings.Fields(s)
		g := strings.FieldsFunc(s, unicode.IsSpace)
		h := strings.FieldsFunc(s, func(r rune) bool { return r == 'o' || r == ' ' })
		fmt.Printf("%q %d %d %q %d %q %d\n", f, len(f), cap(f), g, cap(g), h, cap(h))
	}
}
