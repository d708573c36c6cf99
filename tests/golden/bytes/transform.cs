// bytes: trimming, case mapping, Map, Runes, Replace, including which
// results are nil and which are subslices of the argument.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, r []byte) {
	fmt.Printf("%s %q nil:%v\n", name, r, r == nil)
}

func main() {
	s := []byte("  \t hello, world \n")
	show("TrimSpace", bytes.TrimSpace(s))
	show("TrimSpace all", bytes.TrimSpace([]byte(" \t\n ")))
	show("TrimSpace empty", bytes.TrimSpace([]byte{}))
	show("TrimSpace unicode", bytes.TrimSpace([]byte("\u2003 ä \u00a0")))
	show("Trim", bytes.Trim([]byte(" !!! Achtung! Achtung! !!! "), "! "))
	show("Trim all", bytes.Trim([]byte("xxx"), "x"))
	show("Trim empty cutset", bytes.Trim([]byte("abc"), ""))
	show("Trim empty", bytes.Trim([]byte{}, "x"))
	show("Trim unicode", bytes.Trim([]byte("¡¡hola!!"), "!¡"))
	show("TrimLeft", bytes.TrimLeft([]byte("453gopher8257"), "0123456789"))
	show("TrimLeft all", bytes.TrimLeft([]byte("123"), "0123456789"))
	show("TrimLeft nil", bytes.TrimLeft(nil, ""))
	show("TrimRight", bytes.TrimRight([]byte("453gopher8257"), "0123456789"))
	show("TrimRight all", bytes.TrimRight([]byte("123"), "0123456789"))
	show("TrimRight empty", bytes.TrimRight([]byte{}, "x"))
	show("TrimPrefix", bytes.TrimPrefix([]byte("goodbye"), []byte("good")))
	show("TrimPrefix no", bytes.TrimPrefix([]byte("goodbye"), []byte("bye")))
	show("TrimSuffix", bytes.TrimSuffix([]byte("goodbye"), []byte("bye")))
	show("TrimFunc", bytes.TrimFunc([]byte("123go456"), unicode.IsDigit))
	show("TrimFunc all", bytes.TrimFunc([]byte("123"), unicode.IsDigit))
	show("TrimLeftFunc", bytes.TrimLeftFunc([]byte("123go456"), unicode.IsDigit))
	show("TrimRightFunc", bytes.TrimRightFunc([]byte("123go456"), unicode.IsDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc([]byte("123"), unicode.IsDigit))

	t := bytes.TrimSpace(s)
	t[0] = 'H'
	fmt.Printf("%q\n", s)

	show("ToUpper", bytes.ToUpper([]byte("Gopher ä")))
	show("ToUpper nil", bytes.ToUpper(nil))
	show("ToLower", bytes.ToLower([]byte("Gopher ÄÖ")))
	show("ToTitle", bytes.ToTitle([]byte("loud noises")))
	show("Title", bytes.Title([]byte("her royal highness")))
	up := []byte("ABC")
	cp := bytes.ToUpper(up)
	cp[0] = 'z'
	fmt.Printf("%s %s\n", up, cp)

	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	show("Map", bytes.Map(rot13, []byte("'Twas brillig and the slithy gopher...")))
	show("Map drop", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, []byte("banana")))
	show("Map nil", bytes.Map(rot13, nil))
	fmt.Println(bytes.Runes([]byte("go gopher 世界\xff")), len(bytes.Runes(nil)))

	show("Replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	show("Replace all", bytes.Replace([]byte("oink oink oink"), []byte("oink"), []byte("moo"), -1))
	show("Replace empty old", bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	show("Replace none", bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1))
	show("Replace n0", bytes.Replace([]byte("abc"), []byte("a"), []byte("y"), 0))
	show("Replace nil", bytes.Replace(nil, []byte("x"), []byte("y"), -1))
	show("Replace same", bytes.Replace([]byte("aaa"), []byte("a"), []byte("a"), -1))
	show("ReplaceAll", bytes.ReplaceAll([]byte("oink oink oink"), []byte("oink"), []byte("moo")))
	in := []byte("abc")
	out := bytes.Replace(in, []byte("x"), []byte("y"), -1)
	out[0] = 'Z'
	fmt.Printf("%s %s\n", in, out)
}
