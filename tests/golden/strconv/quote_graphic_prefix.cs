// strconv's graphic quoting (QuoteToGraphic keeps the Unicode spaces that
// Quote escapes), IsGraphic, QuotedPrefix and UnquoteChar, and Unquote's
// edge cases that follow from Go's scanner (Unquote("''") is "", nil).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"a\u00a0b", "\u2000\u3000 x", "tab\there", "\x00\x7f\xff", "☺\U0001F600", "\u2028", `q"\`} {
		fmt.Println(strconv.QuoteToGraphic(s), strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	for _, r := range []rune{'a', '\u00a0', '\u1680', '\u2028', '\n', 0x110000, -1, '\'', '☺'} {
		fmt.Println(strconv.QuoteRuneToGraphic(r), strconv.QuoteRune(r), strconv.IsGraphic(r), strconv.IsPrint(r))
	}
	b := strconv.AppendQuoteToGraphic([]byte("s="), "x\u205fy\n")
	b = strconv.AppendQuoteRuneToGraphic(append(b, ' '), '\u3000')
	fmt.Println(string(b))
	for _, s := range []string{`"abc"def`, "`raw\r`rest", `'x'y`, `'\''z`, `"a\"b" c`, `"unterminated`, `"a` + "\n" + `b"`,
		`''`, `'ab'`, `"\q"`, `x"a"`, "", `"`, `"\u00e9"!`, `'\377'`, `"\400"`} {
		p, err := strconv.QuotedPrefix(s)
		u, uerr := strconv.Unquote(s)
		fmt.Printf("%q: prefix %q %v; unquote %q %v\n", s, p, err, u, uerr)
	}
	for _, c := range []struct {
		s string
		q byte
	}{{`\n rest`, '"'}, {`\x41B`, '"'}, {`\u00e9!`, '"'}, {`\U0001F600`, 0}, {`\101`, '\''}, {`\'`, '\''}, {`\'`, '"'},
		{`\"`, '"'}, {`"`, '"'}, {`'`, '"'}, {"é", 0}, {"\xff", 0}, {`\`, 0}, {`\z`, 0}, {`\uD800`, 0}, {`\x4`, 0}, {"", 0}} {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %q: %q %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
}
