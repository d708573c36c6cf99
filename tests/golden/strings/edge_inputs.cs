// checks: strings and strconv functions on edge inputs (empty, spaces, non-ASCII,
// invalid UTF-8, Title's word separators), Unquote errors, number parsing errors
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	ins := []string{"a\u00a0b\u2000c.d", "x\u0301y", "", " ", "a", "a,b,,c", ",", "héllo wörld", "  lead and trail  ", "\t\nx\ty\n", "ΑΒΓ αβγ", "ß", "ǅ", "İ", "a\u00a0b", "x\xffy"}
	for _, s := range ins {
		fmt.Printf("%q %q %q %q %q\n", strings.Split(s, ","), strings.Fields(s), strings.TrimSpace(s), strings.ToUpper(s), strings.ToLower(s))
		fmt.Println(strings.Contains(s, ""), strings.Index(s, "l"), strings.LastIndex(s, "l"), strings.HasPrefix(s, " "), strings.HasSuffix(s, " "), strings.Count(s, ""), strings.Title(s))
		fmt.Printf("%q %q %q\n", strings.SplitN(s, "", 3), strings.SplitAfter(s, "l"), strings.Replace(s, "", "-", 2))
	}
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"a"}, ","), strings.Repeat("ab", 0), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"), strings.IndexByte("abc", 'c'), strings.IndexRune("héllo", 'l'), strings.IndexAny("golang", "ny"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("  hi  ", " "), strings.TrimPrefix("prefix-x", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	for _, s := range []string{"0", "-0", "+5", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0x1f", "1_000", "", " 1", "1e3", "abc", "٣"} {
		i, err := strconv.Atoi(s)
		j, err2 := strconv.ParseInt(s, 0, 64)
		k, err3 := strconv.ParseUint(s, 10, 8)
		b, err4 := strconv.ParseBool(s)
		fmt.Println(i, err, j, err2, k, err3, b, err4)
	}
	for _, s := range []string{`"a\tb"`, "`raw`", `'x'`, `"\u00e9"`, `"bad`, `"\x"`, `"\377"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	fmt.Println(strconv.Quote("héllo\x00\n\u2028"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'), strconv.Itoa(-45), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.FormatInt(35, 36))
	fmt.Println(strconv.AppendInt([]byte("x"), 42, 10), string(strconv.AppendQuote(nil, "q")), strconv.FormatBool(true))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"))
	fmt.Println(strings.Compare("a", "b"))
	fmt.Println(strings.Cut("key=value", "="))
}
