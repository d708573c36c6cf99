package main

import (
	"os"
	"strings"
)

// byte and rune keep the names the source gave them in operand and
// parameter types: conversions, declared and ranged variables, indexing,
// and parameters of user and library functions
func put(p []byte, rs ...rune) {}

func main() {
	str := "abc"
	var s string = str[0]
	b := []byte("x")
	strings.ToUpper(b)
	os.WriteFile("f", "data", 0644)
	put(nil, "x")
	for _, c := range b {
		var t string = c
		_ = t
	}
	for _, r := range str {
		var t string = r
		_ = t
	}
	_ = s
}
