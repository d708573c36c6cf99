// numwords: numbers to text and back. Roman numerals (a table walk into
// a strings.Builder, parsed back with a map[byte]int), English words
// ("one hundred twenty-three thousand ...", parsed back by strings.Fields
// and a map[string]int), and fmt.Sprintf in binary, octal, hex, padded
// and signed forms parsed back with strconv.ParseInt in the matching
// base. Every round trip is checked.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

var romanVals = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
var romanDigit = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func toRoman(n int) string {
	var b strings.Builder
	for i, v := range romanVals {
		for n >= v {
			b.WriteString(romanSyms[i])
			n -= v
		}
	}
	return b.String()
}

func fromRoman(s string) int {
	total := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit[s[i]]
		if i+1 < len(s) && romanDigit[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

var ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var scales = []string{"", "thousand", "million", "billion"}

var wordValue = map[string]int{}

func init() {
	for i, w := range ones {
		wordValue[w] = i
	}
	for i, w := range tens {
		if w != "" {
			wordValue[w] = 10 * i
		}
	}
}

func below1000(n int, parts []string) []string {
	if n >= 100 {
		parts = append(parts, ones[n/100], "hundred")
		n %= 100
	}
	if n >= 20 {
		if n%10 != 0 {
			parts = append(parts, tens[n/10]+"-"+ones[n%10])
		} else {
			parts = append(parts, tens[n/10])
		}
	} else if n > 0 {
		parts = append(parts, ones[n])
	}
	return parts
}

func toWords(n int) string {
	if n == 0 {
		return "zero"
	}
	var groups []int
	for n > 0 {
		groups = append(groups, n%1000)
		n /= 1000
	}
	var parts []string
	for i := len(groups) - 1; i >= 0; i-- {
		if groups[i] == 0 {
			continue
		}
		parts = below1000(groups[i], parts)
		if i > 0 {
			parts = append(parts, scales[i])
		}
	}
	return strings.Join(parts, " ")
}

func fromWords(s string) int {
	total, group := 0, 0
	for _, w := range strings.Fields(s) {
		switch w {
		case "hundred":
			group *= 100
		case "thousand", "million", "billion":
			scale := 1000
			if w == "million" {
				scale = 1000000
			} else if w == "billion" {
				scale = 1000000000
			}
			total += group * scale
			group = 0
		default:
			if a, b, ok := strings.Cut(w, "-"); ok {
				group += wordValue[a] + wordValue[b]
			} else {
				group += wordValue[w]
			}
		}
	}
	return total + group
}

func main() {
	n := 150000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	bad, romanLen, wordLen, fmtLen := 0, 0, 0, 0
	for i := 1; i <= n; i++ {
		r := toRoman(i%3999 + 1)
		romanLen += len(r)
		if fromRoman(r) != i%3999+1 {
			bad++
		}
		v := i * 7919 % 2000000000
		w := toWords(v)
		wordLen += len(w)
		if fromWords(w) != v {
			bad++
		}
		s := int64(v - 1000000000)
		forms := [...]struct {
			text string
			base int
		}{
			{fmt.Sprintf("%b", s), 2},
			{fmt.Sprintf("%o", s), 8},
			{fmt.Sprintf("%x", s), 16},
			{fmt.Sprintf("%+012d", s), 10},
			{strconv.FormatInt(s, 36), 36},
		}
		for _, f := range forms {
			fmtLen += len(f.text)
			got, err := strconv.ParseInt(f.text, f.base, 64)
			if err != nil || got != s {
				bad++
			}
		}
	}
	fmt.Println(bad, romanLen, wordLen, fmtLen, toRoman(1994), toWords(1234567891))
}
