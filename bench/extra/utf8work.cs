package main

// Unicode text handling: range over strings decoding runes, []rune
// conversions and reversal, utf8.RuneCountInString, strings.Map with
// unicode.ToUpper, counting letters/digits/spaces by unicode class,
// and building strings rune by rune with a strings.Builder.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

var pieces = []string{"héllo", "wörld", "Σίσυφος", "日本語", "go", "42", " ", "naïve", "🙂", "Ärger", "ß", "\t"}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var sb strings.Builder
	seed := uint32(3)
	for i := 0; i < n; i++ {
		seed = seed*1103515245 + 12345
		sb.WriteString(pieces[seed>>16%uint32(len(pieces))])
		if i%7 == 0 {
			sb.WriteRune(rune('a' + i%26))
		}
	}
	text := sb.String()
	fmt.Println("bytes", len(text), "runes", utf8.RuneCountInString(text))

	var letters, upper, digits, spaces, other int
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		default:
			other++
		}
	}
	fmt.Println("letters", letters, "upper", upper, "digits", digits, "spaces", spaces, "other", other)

	up := strings.Map(unicode.ToUpper, text)
	fmt.Println("upper runes", utf8.RuneCountInString(up), "bytes", len(up))

	rev := reverse(text)
	fmt.Println("reverse ok", reverse(rev) == text, "first", string([]rune(rev)[:5]))

	words := strings.Fields(text)
	h := uint32(0)
	for _, w := range words {
		for i, r := range w {
			h = h*31 + uint32(r) + uint32(i)
		}
	}
	fmt.Println("words", len(words), "hash", h)
}
