// Go's meaning of the syntax where PCRE2's default differs: $ only at the
// end of text without (?m), ^ after a final \n with (?m), \s without \v,
// ASCII \d \w \b, POSIX classes, Unicode classes, case folding (k, K and
// the Kelvin sign; s and long s), (?s) (?U) and scoped flags, \Q..\E,
// octal and hex escapes, counted repeats.
package main

import (
	"fmt"
	"regexp"
)

func show(p, s string) {
	re := regexp.MustCompile(p)
	fmt.Printf("%-22q %-16q %v %q\n", p, s, re.FindAllStringIndex(s, -1), re.FindStringSubmatch(s))
}

func main() {
	show(`a$`, "a\n")
	show(`(?m)a$`, "a\na\n")
	show(`(?m)^`, "x\n")
	show(`\s+`, "a\t\n\v\f\r b")
	show(`[\s]+`, "a\v b")
	show(`\d+`, "12٣4")
	show(`\w+`, "naïve_1")
	show(`\bé`, "é xé")
	show(`[[:alpha:][:digit:]]+`, "ab1é2")
	show(`[[:^space:]]+`, "a b\tc")
	show(`[[:word:]]+`, "a_b-c")
	show(`\pL+`, "héllo, wörld")
	show(`\p{Greek}+`, "abc αβγ def")
	show(`\P{Greek}+`, "αβγ def")
	show(`\p{^Greek}+`, "αβγ def")
	show(`[\p{Han}\p{Hiragana}]+`, "日本語とにほんご")
	show(`\pN+`, "x١٢٣y42")
	show(`(?i)k+`, "kK\u212ax")
	show(`(?i)s+`, "sSſx")
	show(`(?i)\w+`, "\u212a\u017f!")
	show(`(?i)[^k]+`, "ab\u212akc")
	show(`(?i)straße`, "STRASSE Straße STRAßE")
	show(`(?i)σ+`, "Σσς")
	show(`a.b`, "a\nb axb")
	show(`(?s)a.b`, "a\nb")
	show(`(?U)a+`, "aaa")
	show(`(?U)a+?`, "aaa")
	show(`(?i)a(?-i)b`, "AB Ab")
	show(`(?i:a)b`, "Ab AB")
	show(`(a(?i)b)c`, "aBc aBC")
	show(`x(?i)`, "x")
	show(`\Q.*+\E+`, ".*++")
	show(`\Q(a`, "(a")
	show(`\101\x42\x{43}`, "ABC")
	show(`[\x00-\x{1F}]+`, "a\x01\x02b")
	show(`a{2}b{1,}c{0,1}`, "aabbbcc")
	show(`(?:ab){2,3}`, "abababab")
	show(`a{,2}`, "a{,2}")
	show(`\A\w`, "ab")
	show(`\w\z`, "ab\n")
	show(`[a-cx-z]+`, "abxyzd")
	show(`[^\d\s]+`, "ab 12cd")
	show(`[\d\D]`, "é")
	show(`\x{10FFFF}|\x{1F600}`, "😀")
	show(`(\w+)\s(\w+)`, "hello world")
	show(`((a)|b)+`, "ab")
	show(`(a|ab)(c|bcd)(d*)`, "abcd")
}
