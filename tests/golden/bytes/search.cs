// bytes: comparing and searching, including nil and empty slices and
// invalid UTF-8.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func b(s string) []byte { return []byte(s) }

func main() {
	fmt.Println(bytes.Equal(nil, nil), bytes.Equal(nil, []byte{}), bytes.Equal(b("a"), b("b")), bytes.Equal(b("abc"), b("abc")))
	fmt.Println(bytes.Compare(nil, []byte{}), bytes.Compare(b("a"), b("b")), bytes.Compare(b("b"), b("a")), bytes.Compare(b("ab"), b("a")))
	fmt.Println(bytes.Contains(b("seafood"), b("foo")), bytes.Contains(b("seafood"), b("bar")), bytes.Contains(b("seafood"), nil), bytes.Contains(nil, nil))
	fmt.Println(bytes.ContainsAny(b("I like seafood."), "fÄo!"), bytes.ContainsAny(b("failure"), ""), bytes.ContainsAny(nil, "a"))
	fmt.Println(bytes.ContainsRune(b("I like seafood."), 'f'), bytes.ContainsRune(b("I like seafood."), 'ö'), bytes.ContainsRune(b("去是伟大的!"), '大'))
	fmt.Println(bytes.Count(b("cheese"), b("e")), bytes.Count(b("five"), b("")), bytes.Count(nil, nil), bytes.Count(b("aaaa"), b("aa")))
	fmt.Println(bytes.Index(b("chicken"), b("ken")), bytes.Index(b("chicken"), b("dmr")), bytes.Index(b("x"), nil))
	fmt.Println(bytes.IndexByte(b("chicken"), 'k'), bytes.IndexByte(nil, 'k'))
	fmt.Println(bytes.IndexRune(b("chicken"), 'k'), bytes.IndexRune(b("chicken"), 'd'), bytes.IndexRune(b("a\xffb"), unicode.ReplacementChar), bytes.IndexRune(b("abc"), -1))
	fmt.Println(bytes.IndexAny(b("chicken"), "kmr"), bytes.IndexAny(b("crwth"), "kmr"), bytes.IndexAny(b("日本語"), "語"))
	fmt.Println(bytes.IndexFunc(b("Hello, 世界"), func(r rune) bool { return r > 127 }))
	fmt.Println(bytes.LastIndex(b("go gopher"), b("go")), bytes.LastIndex(b("go gopher"), b("rodent")), bytes.LastIndex(b("go"), nil))
	fmt.Println(bytes.LastIndexByte(b("go gopher"), 'o'), bytes.LastIndexByte(b("go gopher"), 'z'))
	fmt.Println(bytes.LastIndexAny(b("go gopher"), "ordent"), bytes.LastIndexFunc(b("go 123"), unicode.IsLetter))
	fmt.Println(bytes.HasPrefix(b("Gopher"), b("Go")), bytes.HasPrefix(b("Gopher"), b("C")), bytes.HasPrefix(b("Gopher"), nil))
	fmt.Println(bytes.HasSuffix(b("Amigo"), b("go")), bytes.HasSuffix(b("Amigo"), b("Ami")), bytes.HasSuffix(nil, nil))
	fmt.Println(bytes.EqualFold(b("Go"), b("GO")), bytes.EqualFold(b("Straße"), b("STRASSE")), bytes.EqualFold(b("σ"), b("Σ")))
	for _, sep := range []string{"", "x", "l", "ll", "hello"} {
		before, after, found := bytes.Cut(b("hello"), b(sep))
		fmt.Printf("%q %q %v %v\n", before, after, found, after == nil)
	}
}
