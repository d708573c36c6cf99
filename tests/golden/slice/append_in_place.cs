package main

// x = append(x, v) and x = x[:n] on fields and globals update the slice
// in place; results, aliasing and panics stay Go's.

import "fmt"

type S struct {
	a    []int
	name string
	b    []string
}

var g []byte

type T struct{ s *S }

func main() {
	s := &S{}
	for i := 0; i < 20; i++ {
		s.a = append(s.a, i, i*i)
		s.b = append(s.b, fmt.Sprint(i))
	}
	s.a = append(s.a, s.a[0], s.a[len(s.a)-1])
	alias := s.a[:3]
	s.a = s.a[:5]
	s.a = append(s.a, 100)
	fmt.Println(len(s.a), cap(s.a) >= len(s.a), s.a, alias, s.b[:3], len(s.b))
	s.a = s.a[:cap(s.a)]
	fmt.Println(len(s.a) == cap(s.a), s.a[5])
	s.a = s.a[0:2]
	fmt.Println(s.a)
	for i := 0; i < 300; i++ {
		g = append(g, byte('a'+i%26))
	}
	g = g[:10]
	fmt.Println(string(g), len(g))
	var e []int
	x := &S{a: e}
	x.a = x.a[:0]
	fmt.Println(x.a == nil, len(x.a))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.a = s.a[:cap(s.a)+1]
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var t T
		t.s.a = append(t.s.a, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var t T
		t.s.a = t.s.a[:0]
	}()
	n := -1
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.a = s.a[:n]
	}()
	fmt.Println(s.a)
}
