package main

import "fmt"

type pair struct {
	a, b int
}

func main() {
	// append(s, x...) with nothing to append: a nil s stays nil, and no
	// bytes move from a nil x
	var nilb, emptyx []byte
	b := append(nilb, emptyx...)
	fmt.Println(b == nil, len(b), cap(b))
	b = append(nilb, []byte{}...)
	fmt.Println(b == nil, len(b), cap(b))
	b = append(nilb, ""...)
	fmt.Println(b == nil, len(b), cap(b))

	var ps []pair
	ps = append(ps, ps...)
	fmt.Println(ps == nil, len(ps))
	ps = append(ps, pair{1, 2})
	ps = append(ps, ps[:0]...)
	ps = append(ps, ps...)
	fmt.Println(ps, len(ps))

	// appending a slice to itself, and a prefix of itself
	s := []int{1, 2, 3}
	s = append(s[:0], s...)
	fmt.Println(s)
	s = append(s[:1], s[1:]...)
	fmt.Println(s)
	s = append(s, s[:2]...)
	fmt.Println(s)
}
