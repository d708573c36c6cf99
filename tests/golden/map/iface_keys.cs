package main

// Maps keyed by interface values: strings and integers of different
// (named) types with equal values are different keys, boxed values find
// each other however they were boxed, nil is a key, and an unhashable
// dynamic type panics.

import "fmt"

type Name string
type ID int

func main() {
	m := map[any]int{}
	m["a"] = 1
	m[Name("a")] = 2
	m[1] = 3
	m[ID(1)] = 4
	m[int64(1)] = 5
	m[uint(1)] = 6
	m[uint64(1)] = 7
	m[nil] = 8
	m[1.5] = 9
	m[[2]int{1, 2}] = 10
	m[struct{ s string }{"a"}] = 11
	fmt.Println(len(m))
	s := "a"
	var k any = s + ""
	fmt.Println(m[k], m[Name(s)], m[1], m[ID(1)], m[int64(1)], m[uint(1)], m[uint64(1)], m[nil], m[1.5])
	fmt.Println(m[[2]int{1, 2}], m[struct{ s string }{"a"}], m[int32(1)], m["b"])
	for i := 0; i < 3000; i++ {
		m[fmt.Sprint("k", i)] = i
		m[i+100] = -i
	}
	sum := 0
	for i := 0; i < 3000; i += 7 {
		sum += 2*m[fmt.Sprint("k", i)] + m[i+100]
		delete(m, fmt.Sprint("k", i))
	}
	_, ok := m["k7"]
	fmt.Println(len(m), sum, ok, m["k8"], m[108])

	var e error = fmt.Errorf("x")
	me := map[any]bool{e: true}
	fmt.Println(me[e], me[fmt.Errorf("x")])

	defer func() { fmt.Println("recovered:", recover()) }()
	m[[]int{1}] = 1
}
