// Split: n < 0, n == 0, n == 1, n beyond the count, empty text, empty
// pattern, matches at the ends, empty matches, Unicode.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := []struct {
		re, s string
	}{
		{`,`, "a,b,c"}, {`,`, ",a,,b,"}, {`,`, ""}, {``, ""}, {``, "abc"}, {`x*`, "axbxxc"}, {`\s+`, "  a b  c "},
		{`a`, "aaa"}, {`b*`, "abc"}, {`,?`, "a,b"}, {`[,;]`, "日,本;語"}, {`(,)`, "a,b"}, {`$`, "ab"}, {`^`, "ab"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.re)
		for _, n := range []int{-1, 0, 1, 2, 3, 10} {
			fmt.Printf("%q %q %d: %q\n", c.re, c.s, n, re.Split(c.s, n))
		}
	}
}
