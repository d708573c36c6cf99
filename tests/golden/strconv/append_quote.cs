// strconv.AppendQuote and its ASCII/graphic variants quote straight into
// dst: runs of plain ASCII between escapes, quotes and backslashes inside
// a run, invalid UTF-8, non-printing and non-ASCII runes, an existing
// prefix kept, spare capacity used in place (the caller's array shows the
// bytes), and Go's capacity when dst has less room than len(s).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		"", "plain text run", `say "hi" \ bye`, "tab\there\nnl\x00nul\x7f",
		"héllo, 世界", "bad \xff\xfe utf8", "\u00a0nbsp\u2028ls", "emoji 🎉!", "'single'",
	}
	for _, s := range inputs {
		a := strconv.AppendQuote([]byte("p:"), s)
		b := strconv.AppendQuoteToASCII(nil, s)
		c := strconv.AppendQuoteToGraphic([]byte{}, s)
		fmt.Printf("%s | %s | %s\n", a, b, c)
		fmt.Println(string(a[2:]) == strconv.Quote(s), string(b) == strconv.QuoteToASCII(s), string(c) == strconv.QuoteToGraphic(s))
	}
	fmt.Println(cap(strconv.AppendQuote(nil, "hello")), cap(strconv.AppendQuote(make([]byte, 3, 5), "hello")))
	arr := make([]byte, 2, 64)
	out := strconv.AppendQuote(arr, "in place")
	fmt.Println(cap(out), string(arr[:len(out)]) == string(out), len(out))
	var buf []byte
	for i := 0; i < 50; i++ {
		buf = strconv.AppendQuote(buf[:0], fmt.Sprint("line ", i, " \"x\""))
	}
	fmt.Println(string(buf))
}
