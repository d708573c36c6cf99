// m[k] op= v where computing the value panics leaves no new entry.
package main

import "fmt"

func try(name string, m map[int]int, f func(map[int]int)) {
	func() {
		defer func() { fmt.Println(name, "panicked:", recover() != nil) }()
		f(m)
	}()
	fmt.Println(name, "len:", len(m))
}

func main() {
	var p *int
	var z int
	try("add", map[int]int{}, func(m map[int]int) { m[0] += *p })
	try("div", map[int]int{}, func(m map[int]int) { m[0] /= z })
	try("mod", map[int]int{}, func(m map[int]int) { m[1] %= z })
	m := map[string]int{"a": 5}
	m["a"] *= 3
	m["b"] -= 2
	m["c"] <<= 3
	fmt.Println(m["a"], m["b"], m["c"], len(m))
	s := map[string]string{}
	s["x"] += "hi"
	s["x"] += "!"
	fmt.Println(s)
}
