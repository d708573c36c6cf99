// MustCompile panics with Go's message (the pattern quoted with backquotes,
// or strconv.Quote when it cannot be) and the program exits with status 2.
package main

import (
	"fmt"
	"regexp"
)

func try(p string) {
	defer func() { fmt.Println(recover()) }()
	regexp.MustCompile(p)
}

func main() {
	try("a\n(")
	try("`(?<x>y)")
	try(`ok`)
	regexp.MustCompile(`(a|b`)
}
