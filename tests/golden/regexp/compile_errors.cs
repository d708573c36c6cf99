// Compile on patterns Go rejects (backreferences, lookaround, possessive and
// nested repeats, counts over 1000, bad classes, escapes and flags, bad
// UTF-8) and on some it accepts: the error text must be Go's exactly.
package main

import (
	"fmt"
	"regexp"
)

var bad = []string{
	`a\1`, `(a)\1`, `\2`, `(?=a)`, `(?!a)`, `(?<=a)`, `(?<!a)`, `(?<n>a)`, `(?>a)`, `a*+`, `a++`, `a?+`, `a**`, `a*?*`, `a{2}{3}`,
	`a{1001}`, `a{2,1}`, `a{1000}`, `(a{500}){2}`, `(a{2}){500}`, `((a{10}){10}){10}`, `((a{10}){10}){11}`, `(a{0}){1001}`, `\Z`, `\z`, `\C`,
	`(`, `)`, `a)`, `(a`, `((a)`, `[a`, `[a-`, `[z-a]`, `[[:foo:]]`, `[[:alpha:]`, `\p{Foo}`, `\pX`, `\p{greek}`, `\p`, `\p{`, `\x`, `\x{`, `\x{110000}`,
	`\xZ1`, `\xA`, `\x{}`, `a\`, `\`, `*`, `+a`, `a|*`, `(*)`, `(?i)*`, `a(?i)*`, `(?P<>a)`, `(?P<a b>a)`, `(?P<n`, `(?P=n)`, `(?P<n>a)(?P<n>b)`,
	`(?`, `(?i`, `(?i-)`, `(?-)`, `(?--i)`, `(?z)`, `(?i-s:a)`, `(?imsU)a`, `\8`, `\08`, `\q`, `\_`, `\é`, "\xffa", "[\xff]", `x{2}{,3}`,
	`a{,5}`, `a{01}`, `a{1,01}`, `a{99999999999}`, `[]`, `[^]`, `[]]`, `\Qab`, `\Q\E*`, `a{1000}b{1000}`, `(?:a{1000}){1}`, `((((((((((a))))))))))`,
	`[\d-z]`, `[a-\d]`, `\b+`, `^*`, `$+`, `\A{2}`, `(?P<name>x)\k<name>`, `a{1,1001}`, `\8a`, `[\Q]\E]`, `(?U)(?-U)a`, `(?m-)`,
}

func main() {
	for _, p := range bad {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
		} else {
			fmt.Printf("%q: ok %d %v %v\n", p, re.NumSubexp(), re.MatchString("aab"), re.FindAllStringIndex("xaaab\nb", -1))
		}
	}
}
