package main

// Sets as map[string]struct{}: build word sets from generated text,
// then union, intersection, difference and membership queries.

import (
	"fmt"
	"os"
	"strconv"
)

type set map[string]struct{}

func (s set) add(w string) { s[w] = struct{}{} }

func (s set) has(w string) bool {
	_, ok := s[w]
	return ok
}

func union(a, b set) set {
	r := make(set, len(a)+len(b))
	for w := range a {
		r.add(w)
	}
	for w := range b {
		r.add(w)
	}
	return r
}

func intersect(a, b set) set {
	if len(a) > len(b) {
		a, b = b, a
	}
	r := make(set)
	for w := range a {
		if b.has(w) {
			r.add(w)
		}
	}
	return r
}

func minus(a, b set) set {
	r := make(set)
	for w := range a {
		if !b.has(w) {
			r.add(w)
		}
	}
	return r
}

func word(x uint32) string {
	const letters = "abcdefghijklmnopqrstuvwxyz"
	b := make([]byte, 3+x%5)
	for i := range b {
		b[i] = letters[x%26]
		x = x/26 + x*7
	}
	return string(b)
}

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	sets := make([]set, 4)
	x := uint32(2463534242)
	for k := range sets {
		sets[k] = make(set)
		for i := 0; i < n; i++ {
			x ^= x << 13
			x ^= x >> 17
			x ^= x << 5
			sets[k].add(word(x % (uint32(n) * 2)))
		}
	}
	u := union(union(sets[0], sets[1]), union(sets[2], sets[3]))
	in := intersect(intersect(sets[0], sets[1]), sets[2])
	d := minus(u, sets[3])
	hits := 0
	for i := 0; i < n; i++ {
		if d.has(word(uint32(i * 3))) {
			hits++
		}
	}
	fmt.Println(len(sets[0]), len(u), len(in), len(d), hits)
}
