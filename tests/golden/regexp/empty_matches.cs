// Go's rules for empty matches in FindAll, ReplaceAll and Split: an empty
// match right after the previous match is not reported, and after an empty
// match the search moves on by one UTF-8 sequence (one byte where the
// text is not UTF-8: each such byte is read as U+FFFD).
package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := [][2]string{
		{`a*`, "baaac"}, {``, "abc"}, {``, ""}, {`\b`, "ab cd"}, {`\B`, "ab cd"}, {`x*`, "héllo"},
		{`a*?`, "aa"}, {`a??`, "ab"}, {`(?m)^`, "a\nb\n"}, {`(?m)$`, "a\nb\n"}, {`$`, "a\nb\n"}, {`a|`, "aba"},
		{`|a`, "aba"}, {`\b|a`, "a a"}, {`(?U)a*`, "aaa"}, {`.*`, "ab\ncd"}, {`[^b]*`, "abcba"}, {`é*`, "aéé日é"},
		{``, "a\xffb\xe2\x82"}, {`.`, "\xff\xfe"}, {`[^a]*`, "\xffa\xfe"}, {`\x{FFFD}`, "\xff\uFFFD"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c[0])
		fmt.Printf("%-8q %-12q all=%v\n", c[0], c[1], re.FindAllStringIndex(c[1], -1))
		fmt.Printf("%21s first2=%q bytes=%q\n", "", re.FindAllString(c[1], 2), re.FindAll([]byte(c[1]), -1))
		fmt.Printf("%21s replace=%q func=%q\n", "", re.ReplaceAllString(c[1], "<$0>"),
			re.ReplaceAllStringFunc(c[1], func(s string) string { return "(" + s + ")" }))
		fmt.Printf("%21s split=%q\n", "", re.Split(c[1], -1))
	}
}
