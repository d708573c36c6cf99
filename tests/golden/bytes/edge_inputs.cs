// bytes on awkward inputs (empty, invalid UTF-8, NUL, multi-byte
// separators, case special cases) against every splitting/search/case function.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	inputs := []string{"", " ", "a", "abc", "a,b", ",a,", "\xff", "a\xffb", "é", "\xe2\x82", "日本語", "  x  y ", "\u00a0x\u2003", "AbC", "ÀÉÎ", "ǅ", "ß", "a\x00b", ",,", "\ufffd"}
	seps := []string{"", ",", "a", "\xff", "é", "ab"}
	for _, si := range inputs {
		s := []byte(si)
		fmt.Printf("%q: %q %q %q %q\n", si, bytes.Fields(s), bytes.ToUpper(s), bytes.ToLower(s), bytes.Title(s))
		fmt.Println(bytes.IndexAny(s, "\xffa,"), bytes.LastIndexAny(s, "\ufffd,"), bytes.IndexRune(s, 0xfffd), bytes.TrimSpace(s) == nil, bytes.Runes(s))
		fmt.Printf("%q %q %q\n", bytes.Trim(s, "a,\xff"), bytes.TrimFunc(s, unicode.IsLetter), bytes.ToTitle(s))
		for _, sp := range seps {
			p := []byte(sp)
			fmt.Printf("  %q: %q %q %q %d %d %d %v %q\n", sp, bytes.Split(s, p), bytes.SplitAfterN(s, p, 2), bytes.SplitN(s, p, 3), bytes.Count(s, p), bytes.Index(s, p), bytes.LastIndex(s, p), bytes.EqualFold(s, p), bytes.Replace(s, p, []byte("<>"), 2))
		}
	}
}
