package main

// append(s, make([]T, n)...) extends s by n zero elements without the
// made slice: zeroing when s has room (over stale elements), Go's cap
// growth when it has not, pointer elements, a named slice type, other
// integer types for n, and a negative n panics as make would.

import (
	"bytes"
	"fmt"
)

type words []string

type rec struct {
	p *int
	n int
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	s = s[:2]
	s = append(s, make([]int, 3)...)
	fmt.Println(s, len(s), cap(s))
	s = append(s, make([]int, 4)...)
	fmt.Println(s, len(s), cap(s))

	var b []byte
	for i := 0; i < 12; i++ {
		b = append(b, make([]byte, i*37)...)
		fmt.Print(len(b), "/", cap(b), " ")
	}
	fmt.Println()
	b = append([]byte(nil), make([]byte, 1000)...)
	fmt.Println(len(b), cap(b))

	x := 7
	r := []rec{{&x, 1}, {&x, 2}, {&x, 3}}
	r = r[:1]
	var k int8 = 2
	r = append(r, make([]rec, k)...)
	fmt.Println(len(r), cap(r), r[1].p == nil, r[2].n)

	w := words{"a", "b", "c"}[:1]
	w = append(w, make(words, uint(2))...)
	fmt.Printf("%q %d\n", w, cap(w))

	var buf bytes.Buffer
	for i := 0; i < 2000; i++ {
		buf.WriteString("0123456789abcdef")
		if i%250 == 0 {
			fmt.Print(buf.Cap(), " ")
		}
	}
	fmt.Println(buf.Len(), buf.Cap())

	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	s = append(s, make([]int, n)...)
	fmt.Println("not reached", s)
}
