// Every search function over a matrix of patterns and texts; per pattern
// one FNV-1a hash of all the results (Go 1.19's), so a difference names
// the pattern. Texts include invalid UTF-8. Leaves out repeated groups
// that can match empty ((a*)*): PCRE2 differs there (docs/language.md).
package main

import (
	"fmt"
	"hash/fnv"
	"regexp"
)

var patterns = []string{
	`a*`, ``, `\b`, `\B`, `x*`, `a|b`, `(a)|b`, `(a|ab)(c|bcd)(d*)`, `^`, `$`, `(?m)^`, `(?m)$`,
	`^a`, `a$`, `(?m)^a$`, `.`, `(?s).`, `.*`, `(?s).*`, `\s+`, `\S+`, `\d+`, `\w+`, `\W+`, `[[:alpha:]]+`, `[[:^alpha:]]+`,
	`\pL+`, `\p{Greek}+`, `\PL+`, `[\p{Lu}\d]+`, `(?i)k`, `(?i)s`, `(?i)[k]`, `(?i)\w+`, `(?i)\W`, `(?i)[^k]`,
	`(?U)a+`, `(?U)a+?`, `a+?`, `a{2}`, `a{2,}`, `a{2,3}`, `a{,3}`, `a{`, `x{1}y`, `\Qa.b\E+`, `\A\z`, `a\z`, `\x41`, `\x{263a}`,
	`[a-c]+`, `[^a-c]+`, `[]a]`, `[^]a]`, `[a-]+`, `\141`, `\0`, `(?i)ΣΑΣ`, `[\x{0}-\x{10FFFF}]`, `(a)(b)?`, `(?:a)(b)`,
	`a.c`, `(?s:a.c)`, `(?i:A)b`, `a(?i)b|c`, `(a(?i)b|c)d`, `\.`, `[.]`, `\n`, `[\n]`, `[^\n]+`, `é+`, `[é-ü]+`, `\bfoo\b`,
	`(?:^|,)x`, `x(?:$|,)`, `(\w+)@(\w+)\.com`, `(?P<y>\d{4})-(?P<m>\d{2})`, `[\d\-]+`, `[a\-z]+`, `\$`, `\^`,
	`(a+)(b+)?`, `(a|b)*c`, `(?i)(é|Ü)+`, `[[:space:]]+`, `[[:punct:]]`, `\x{0}`, `(?m)^\w+$`, `(?s)a.*b`, `a.*?b`, `(?U)a.*b`,
}

var texts = []string{
	"", "baaac", "abc", "a", "aaa", "abcd", "ab\nab", "a\nb\n", "héllo wörld", "Καλημέρα κόσμε", "KkK k", "ſs S",
	"foo bar  baz\tq\fx\vy", "123-456 a1b2", "x,x,x", "ab ab ab", "2021-03-04", "joe@example.com bob@test.com",
	"a.b a.b", "]a]", "σας ΣΑΣ", "$^", "aXbxc", "ÀÉÜ", "a\x00b", "aabxbab\nab", "\xff\xfeab\xffc", "k\xe2\x82é\xc3",
}

func main() {
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		h := fnv.New64a()
		for _, in := range texts {
			b := []byte(in)
			fmt.Fprintf(h, "%v %q %v %q %v %v\n", re.MatchString(in), re.FindString(in), re.FindStringIndex(in),
				re.FindStringSubmatch(in), re.FindStringSubmatchIndex(in), re.Match(b))
			fmt.Fprintf(h, "%v %q %v %q\n", re.FindAllStringSubmatchIndex(in, -1), re.FindAllString(in, 2),
				re.FindAllStringIndex(in, -1), re.FindAllStringSubmatch(in, -1))
			fmt.Fprintf(h, "%q %v %q %v %q %v\n", re.Find(b), re.FindIndex(b), re.FindSubmatch(b), re.FindSubmatchIndex(b),
				re.FindAll(b, -1), re.FindAllIndex(b, 3))
			fmt.Fprintf(h, "%q %v\n", re.FindAllSubmatch(b, -1), re.FindAllSubmatchIndex(b, -1))
			fmt.Fprintf(h, "%q %q %q\n", re.ReplaceAllString(in, "<$0|$1>"), re.ReplaceAllLiteralString(in, "$1"),
				re.ReplaceAll(b, []byte("[${1}]")))
			fmt.Fprintf(h, "%q %q %q\n", re.Split(in, -1), re.Split(in, 2), re.Split(in, 0))
		}
		fmt.Printf("%-24q %2d %016x\n", p, re.NumSubexp(), h.Sum64())
	}
}
