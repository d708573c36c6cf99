package main

// strings.Index and the searches built on it (Contains, Count, Split,
// bytes.Index) over random texts of a small alphabet, so that the first
// byte of the pattern matches often: many false starts, matches at both
// ends, patterns longer than the text, and long runs of one letter.

import (
	"bytes"
	"fmt"
	"strings"
)

var x uint32 = 1

func rnd(n int) int {
	x = x*1664525 + 1013904223
	return int(x>>8) % n
}

func text(n int, alpha string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alpha[rnd(len(alpha))]
	}
	return string(b)
}

func main() {
	h := 0
	for round := 0; round < 3000; round++ {
		alpha := "ab"
		if round%3 == 1 {
			alpha = "abc"
		} else if round%3 == 2 {
			alpha = "aaaaab"
		}
		s := text(rnd(200), alpha)
		sub := text(1+rnd(12), alpha)
		i := strings.Index(s, sub)
		if i >= 0 && s[i:i+len(sub)] != sub {
			fmt.Println("bad match", s, sub, i)
		}
		c := strings.Count(s, sub)
		parts := len(strings.Split(s, sub))
		bi := bytes.Index([]byte(s), []byte(sub))
		h = (h*131 + i*7 + c*3 + parts + bi) % 1000000007
	}
	fmt.Println(h)
	long := strings.Repeat("a", 5000) + "b"
	fmt.Println(strings.Index(long, "aab"), strings.Index(long, "ab"), strings.Index(long, "ba"),
		strings.Index(long, strings.Repeat("a", 40)+"b"), strings.Count(long, "aa"))
	fmt.Println(strings.Index("abc", "abcd"), strings.Index("abc", "c"), strings.Index("abc", ""),
		strings.Index("", "a"), strings.Index("xyzxyz", "zx"), strings.Contains("hello, world", "o, w"))
}
