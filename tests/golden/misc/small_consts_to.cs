// Small stdlib names a newcomer reaches for: os.PathSeparator,
// PathListSeparator, IsPathSeparator and the SEEK_* whence values;
// unicode.To with the case constants (an unknown case gives U+FFFD),
// UpperLower, Version, GraphicRanges and PrintRanges; bytes.ToValidUTF8.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(string(os.PathSeparator), string(os.PathListSeparator), os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	fmt.Println(strings.Split("/usr/local/bin", string(os.PathSeparator)))
	fmt.Println(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
	for _, r := range []rune{'a', 'Q', 'ǆ', 'ß', '1', -5} {
		fmt.Printf("%q %q %q %q %q\n", r, unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r),
			unicode.To(unicode.TitleCase, r), unicode.To(unicode.MaxCase, r))
	}
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower, unicode.Version)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges))
	for _, r := range []rune{'a', ' ', '\u00a0', '\u3000', '\t', '☺'} {
		fmt.Println(unicode.In(r, unicode.GraphicRanges...), unicode.In(r, unicode.PrintRanges...), unicode.IsGraphic(r), unicode.IsPrint(r))
	}
	fmt.Printf("%q %q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc0"), []byte("?")), bytes.ToValidUTF8([]byte("ok\x80"), nil))
}
