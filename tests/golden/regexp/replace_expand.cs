// Replacement templates: $1, ${1}, $name, ${name}, $$, $1x (group "1x"),
// $01, unknown names, a trailing $, groups that did not take part; the
// Literal and Func forms; Expand and ExpandString.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<val>\w*)(,)?`)
	src := "a=1,bb=22,c=,d=4"
	for _, t := range []string{"$1", "${1}", "$key:$val;", "${key}x", "$keyx", "$1x", "${1}x", "$$1", "$", "a$", "$0",
		"$01", "${01}", "$10", "$3|", "${", "${key", "${}", "$-1", "$é", "[$2]", "${val}${key}", "$ {1}", "$9999999999"} {
		fmt.Printf("%-14q %q\n", t, re.ReplaceAllString(src, t))
	}
	fmt.Printf("%q\n", re.ReplaceAllLiteralString(src, "$1"))
	fmt.Printf("%q\n", re.ReplaceAll([]byte(src), []byte("<$val>")))
	fmt.Printf("%q\n", re.ReplaceAllLiteral([]byte(src), []byte("<$val>")))
	fmt.Printf("%q\n", re.ReplaceAllFunc([]byte(src), func(b []byte) []byte { return append([]byte("{"), append(b, '}')...) }))

	dup := regexp.MustCompile(`(?P<x>a)|(?P<x>b)`)
	fmt.Printf("%q %d\n", dup.ReplaceAllString("ab", "[$x]"), dup.SubexpIndex("x"))

	var dst []byte
	tmpl := "$key is $val\n"
	for _, m := range re.FindAllStringSubmatchIndex(src, -1) {
		dst = re.ExpandString(dst, tmpl, src, m)
	}
	fmt.Print(string(dst))
	b := []byte("x=y")
	fmt.Printf("%q\n", re.Expand([]byte("pre:"), []byte("${val}/${key}/$3"), b, re.FindSubmatchIndex(b)))

	utf := regexp.MustCompile(`(ö+)`)
	fmt.Printf("%q\n", utf.ReplaceAllString("schöön wörld", "[$1]"))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).ReplaceAllString("baaacaa", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(``).ReplaceAllString("日本", "|"))
}
