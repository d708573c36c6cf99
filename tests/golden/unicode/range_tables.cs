package main

import (
	"fmt"
	"unicode"
)

func count(t *unicode.RangeTable) (n int, sum int64) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if unicode.Is(t, r) {
			n++
			sum += int64(r)
		}
	}
	return
}

func main() {
	tables := []*unicode.RangeTable{unicode.Letter, unicode.L, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo,
		unicode.Digit, unicode.Number, unicode.Nl, unicode.No, unicode.Punct, unicode.Pd, unicode.Ps,
		unicode.Space, unicode.Zs, unicode.Symbol, unicode.Sm, unicode.Sc, unicode.Mark, unicode.Mn,
		unicode.Other, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs,
		unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Arabic, unicode.Hiragana,
		unicode.Katakana, unicode.Hangul, unicode.Common, unicode.Inherited, unicode.Thai,
		unicode.White_Space, unicode.ASCII_Hex_Digit, unicode.Hyphen, unicode.Dash, unicode.Quotation_Mark,
		unicode.Hex_Digit, unicode.Ideographic, unicode.Noncharacter_Code_Point}
	for i, t := range tables {
		n, s := count(t)
		fmt.Println(i, n, s, len(t.R16), len(t.R32), t.LatinOffset)
	}
	fmt.Println(unicode.Letter == unicode.L, unicode.Space == unicode.Z, unicode.Upper == unicode.Lu)
	fmt.Printf("%v\n%+v\n", unicode.ASCII_Hex_Digit, *unicode.ASCII_Hex_Digit)
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'a', 1}, {'e', 'i', 4}, {'o', 'u', 6}}, LatinOffset: 3}
	for _, r := range "abeiouxyz" {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()
	fmt.Println(unicode.In('世', unicode.Latin, unicode.Han), unicode.In('a'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Greek}, 'λ'))
	mixed := "Hello, 世界! Привет γειά"
	counts := map[string]int{}
	for _, r := range mixed {
		switch {
		case unicode.Is(unicode.Han, r):
			counts["han"]++
		case unicode.Is(unicode.Cyrillic, r):
			counts["cyrillic"]++
		case unicode.Is(unicode.Greek, r):
			counts["greek"]++
		case unicode.Is(unicode.Latin, r):
			counts["latin"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	upperCount := 0
	for r := rune(0); r < 0x10000; r++ {
		if unicode.IsUpper(r) != unicode.Is(unicode.Upper, r) && r >= 0x80 {
			upperCount++
		}
		if unicode.IsSpace(r) {
			upperCount += 1000
		}
	}
	fmt.Println(upperCount)
	defer func() { fmt.Println(recover()) }()
	var nilTable *unicode.RangeTable
	unicode.Is(nilTable, 'a')
}
