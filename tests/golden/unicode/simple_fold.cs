// unicode.SimpleFold walks Go's case orbits (k -> K -> K -> k, the Greek
// sigmas and thetas, ...), and strings/bytes.EqualFold compare under it: the
// Turkish dotted İ and dotless ı have a lower/upper case but share no orbit
// with i/I, so they are not equal under folding.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func orbit(r rune) []string {
	out := []string{fmt.Sprintf("%U", r)}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, fmt.Sprintf("%U", f))
	}
	return out
}

func main() {
	for _, r := range []rune{'A', 'a', 'k', 's', 'µ', 'Σ', 'θ', 'İ', 'ı', 'ǅ', '1', 'ß', 0x1E9E, 0x10400, -1, unicode.MaxRune + 1} {
		fmt.Println(orbit(r))
	}
	sum, moved := 0, 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if f := unicode.SimpleFold(r); f != r {
			sum += int(f-r) * int(r%7+1)
			moved++
		}
	}
	fmt.Println("folding runes:", moved, "checksum:", sum)

	pairs := [][2]string{{"Go", "GO"}, {"İ", "i"}, {"ı", "I"}, {"K", "k"}, {"ſ", "S"}, {"ς", "Σ"},
		{"ǅ", "ǆ"}, {"ß", "ẞ"}, {"µ", "Μ"}, {"straße", "STRASSE"}, {"aİb", "AIB"}, {"ab", "abc"}, {"\xff", "\xfe"}}
	for _, p := range pairs {
		fmt.Printf("%q %q %v %v\n", p[0], p[1], strings.EqualFold(p[0], p[1]),
			bytes.EqualFold([]byte(p[0]), []byte(p[1])))
	}
}
