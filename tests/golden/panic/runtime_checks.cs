// Run-time checks Go makes that are easy to skip: a value method called
// through a nil pointer in an interface, a method value of a nil interface
// in a defer statement, an unhashable key in an empty map, and append past
// the largest int for zero-size elements.
package main

import "fmt"

type T int

func (t T) F() {}

type I interface{ F() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v\n", name, err)
		} else {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

var reached bool

func deferNil() {
	var x I
	defer x.F()
	reached = true
}

func main() {
	var p *T
	var i I = p
	try("panicwrap", func() { i.F() })

	try("defer nil interface", deferNil)
	fmt.Println("reached:", reached)

	m := map[interface{}]int{}
	k := []int{}
	try("lookup", func() { _ = m[k] })
	try("comma-ok", func() { _, _ = m[k] })
	try("delete", func() { delete(m, k) })

	type E struct{}
	max := int(^uint(0) >> 1)
	s := make([]E, max)
	try("append one", func() { s = append(s, E{}) })
	one := make([]E, 1)
	try("append many", func() { s = append(s, one...) })
	fmt.Println(len(s) == max)
}
