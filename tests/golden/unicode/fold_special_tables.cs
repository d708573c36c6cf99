// unicode.SimpleFold and To over every rune, the Categories, Scripts,
// Properties, FoldCategory and FoldScript maps, CaseRanges, TurkishCase
// through strings/bytes.To*Special, GraphicRanges and Version; also
// bytes.ToValidUTF8 and Replacer.WriteString.
package main

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	h := uint64(0)
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		h = h*31 + uint64(unicode.SimpleFold(r))
		h = h*7 + uint64(unicode.To(unicode.UpperCase, r)) + 3*uint64(unicode.To(unicode.LowerCase, r)) + 5*uint64(unicode.To(unicode.TitleCase, r))
	}
	fmt.Printf("%x\n", h)
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 's', '\u017F', 'ß', '1', -1, 0x110000} {
		fmt.Printf("%q -> %q ", r, unicode.SimpleFold(r))
	}
	fmt.Println()
	fmt.Println(unicode.To(unicode.MaxCase, 'a'), unicode.To(-1, 'a'), unicode.Version, unicode.UpperLower)

	for _, m := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts, unicode.Properties, unicode.FoldCategory, unicode.FoldScript} {
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sum := 0
		for _, k := range keys {
			for r := rune(0); r < 0x3000; r += 7 {
				if unicode.Is(m[k], r) {
					sum += int(r) % 1000
				}
			}
		}
		fmt.Println(len(m), keys[0], keys[len(keys)-1], sum)
	}
	fmt.Println(unicode.Categories["Lu"] == unicode.Lu, unicode.Scripts["Greek"] == unicode.Greek, unicode.Properties["White_Space"] == unicode.White_Space)
	fmt.Println(unicode.In('\u1E9E', unicode.FoldCategory["Ll"]), unicode.In('k', unicode.FoldCategory["L"]), unicode.Is(unicode.FoldScript["Greek"], '\u00B5'))
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.In('\u3000', unicode.GraphicRanges...), unicode.In('\u3000', unicode.PrintRanges...))

	tr := unicode.TurkishCase
	fmt.Println(strings.ToUpperSpecial(tr, "istanbul ıi"), strings.ToLowerSpecial(tr, "İSTANBUL Iİ"), strings.ToTitleSpecial(unicode.AzeriCase, "iı"))
	fmt.Println(string(bytes.ToUpperSpecial(tr, []byte("iğne"))), string(bytes.ToLowerSpecial(tr, []byte("IĞDIR"))), string(bytes.ToTitleSpecial(tr, []byte("i"))))
	fmt.Println(tr.ToUpper('i') == 'İ', tr.ToLower('I') == 'ı', tr.ToUpper('x'), tr.ToLower('Ω'), tr.ToTitle('ǆ'))
	my := unicode.SpecialCase{{Lo: 'a', Hi: 'z', Delta: unicode.CaseRanges[0].Delta}}
	fmt.Println(strings.ToLowerSpecial(my, "ABC xyz"), strings.ToUpperSpecial(my, "abc"))

	fmt.Printf("%q %q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc0"), []byte("?")), bytes.ToValidUTF8([]byte("ok\xff"), nil))
	r := strings.NewReplacer("a", "1", "b", "2")
	n, err := r.WriteString(os.Stdout, "abcab\n")
	fmt.Println(n, err)
}
