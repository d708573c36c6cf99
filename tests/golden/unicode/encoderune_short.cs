package main

// utf8.EncodeRune writes into p directly: a p too short for the encoding
// panics with Go's index error before writing anything, and
// every length class round-trips.

import (
	"fmt"
	"unicode/utf8"
)

func try(n int, r rune) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("panic:", e)
		}
	}()
	p := make([]byte, n)
	for i := range p {
		p[i] = '.'
	}
	w := utf8.EncodeRune(p, r)
	fmt.Printf("%d %q % x\n", w, p[:w], p)
}

func main() {
	runes := []rune{'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, '€', 0xffff, 0x10000, '😀', 0x10ffff,
		-1, 0xd800, 0xdfff, 0x110000}
	for _, r := range runes {
		try(4, r)
	}
	try(0, 'a')
	try(1, 'é')
	try(2, '€')
	try(3, '😀')
	try(1, -1)
	sum := 0
	buf := make([]byte, 8)
	for r := rune(0); r < 0x110000; r += 97 {
		n := utf8.EncodeRune(buf[1:], r)
		d, m := utf8.DecodeRune(buf[1 : 1+n])
		if m == n && (d == r || d == utf8.RuneError) {
			sum += n
		}
	}
	fmt.Println(sum)
}
