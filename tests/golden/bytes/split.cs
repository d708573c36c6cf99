// bytes: Split/SplitN/SplitAfter/Fields/FieldsFunc/Join/Repeat, and that
// pieces are capped so appending to one cannot overwrite the next.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, parts [][]byte) {
	fmt.Printf("%s %d %q", name, len(parts), parts)
	fmt.Print(" nil:", parts == nil, " caps:")
	for _, p := range parts {
		fmt.Print(" ", cap(p))
	}
	fmt.Println()
}

func main() {
	s := []byte("a,b,c")
	show("Split", bytes.Split(s, []byte(",")))
	show("Split empty sep", bytes.Split([]byte("a\xffé"), nil))
	show("Split empty", bytes.Split(nil, []byte(",")))
	show("Split empty both", bytes.Split(nil, nil))
	show("Split trailing", bytes.Split([]byte("a,b,"), []byte(",")))
	show("Split multi", bytes.Split([]byte("a man a plan a canal panama"), []byte("a ")))
	show("SplitN 2", bytes.SplitN(s, []byte(","), 2))
	show("SplitN 0", bytes.SplitN(s, []byte(","), 0))
	show("SplitN -1", bytes.SplitN(s, []byte(","), -1))
	show("SplitN empty sep 2", bytes.SplitN([]byte("xyz"), nil, 2))
	show("SplitN big", bytes.SplitN(s, []byte(","), 10))
	show("SplitAfter", bytes.SplitAfter(s, []byte(",")))
	show("SplitAfterN", bytes.SplitAfterN(s, []byte(","), 2))
	show("Fields", bytes.Fields([]byte("  foo bar  baz   ")))
	show("Fields none", bytes.Fields([]byte("   ")))
	show("Fields nil", bytes.Fields(nil))
	show("Fields unicode", bytes.Fields([]byte("\u00a0ä\u2003ö  ü\t")))
	show("FieldsFunc", bytes.FieldsFunc([]byte("  foo1;bar2,baz3..."), func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}))

	parts := bytes.Split(s, []byte(","))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%s %q\n", s, parts)
	last := parts[len(parts)-1]
	fmt.Println(len(last), cap(last) >= 1)

	show("Fields cap", bytes.Fields([]byte("ab cd")))
	f := bytes.Fields([]byte("ab cd"))
	fmt.Printf("%s\n", append(f[0], '!'))

	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("foo"), []byte("bar"), []byte("baz")}, []byte(", ")))
	fmt.Println(bytes.Join(nil, []byte(",")) == nil, len(bytes.Join(nil, nil)))
	fmt.Println(bytes.Join([][]byte{{}}, []byte(",")) == nil, bytes.Join([][]byte{[]byte("x")}, []byte(",")))
	fmt.Printf("%q\n", bytes.Join([][]byte{nil, nil, nil}, []byte("-")))
	fmt.Printf("%q %v %q\n", bytes.Repeat([]byte("na"), 3), bytes.Repeat([]byte("x"), 0) == nil, bytes.Repeat(nil, 5))
	r := bytes.Repeat([]byte("ab"), 5)
	fmt.Println(len(r), cap(r))
}
