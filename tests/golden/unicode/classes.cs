// checks: unicode classes and case mapping beyond ASCII, utf8 helpers,
// strings.Reader, and rune-aware strings functions
package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ9 é€ΩжЖ中\t٣_!" {
		fmt.Printf("%q L%t U%t l%t D%t N%t S%t P%t up=%q lo=%q\n", r, unicode.IsLetter(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(strings.ToUpper("straße ωmega"), strings.ToLower("ÀÉÎ ΣΑΣ"), strings.Title("hello wörld"))
	fmt.Println(strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.Fields(" a\u00a0b\u2003c "))
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	r, w := utf8.DecodeRuneInString(s[1:])
	lr, lw := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), w, string(lr), lw, utf8.RuneLen('界'), string(utf8.AppendRune(nil, 0x1F600)))
	rd := strings.NewReader(s)
	c, _ := rd.ReadByte()
	ru, size, _ := rd.ReadRune()
	rest, _ := io.ReadAll(rd)
	fmt.Println(string(c), string(ru), size, string(rest), rd.Len())
	_, err := rd.ReadByte()
	fmt.Println(err)
}
