// m[k] op= r finds or makes the entry once, after m, k and r are
// evaluated: a panic while evaluating r (index, nil dereference, a call)
// or an integer division by zero leaves no new entry, while a negative
// shift count panics after the entry exists (Go 1.19's order). Also: r
// calling a function that grows the same map, string and float
// operands, and the values that result.
package main

import "fmt"

type T struct{ x int }

func f() int { panic("f") }

func main() {
	m := map[string]int{}
	a := []int{1}
	i := 5
	var p *T
	try := func(name string, g func()) {
		defer func() { fmt.Println(name, recover(), len(m)) }()
		g()
	}
	try("index", func() { m["idx"] += a[i] })
	try("nil", func() { m["nil"] += p.x })
	try("call", func() { m["call"] += f() })
	try("mod", func() { m["mod"] %= a[0] - 1 })
	try("div", func() { m["div"] /= a[0] - 1 })
	s := uint(70)
	try("bigshift", func() { m["bs"] <<= s })
	x := -2
	try("negshift", func() { m["neg"] >>= x })
	try("convert", func() { m["cv"] += int(a[0:i][0]) })
	fmt.Println(m)

	grow := func(n int) int {
		for j := 0; j < n; j++ {
			m[fmt.Sprint("g", j)] = j
		}
		return n
	}
	m["x"] = 1
	m["x"] += grow(100)
	m["x"] *= 3
	m["y"] -= grow(200)
	m["x"] /= 7
	m["x"] %= 13
	m["z"] |= 6
	m["z"] &^= 2
	m["z"] ^= 1
	m["z"] <<= 3
	m["z"] >>= 1
	fmt.Println(len(m), m["x"], m["y"], m["z"], m["g150"])

	fs := map[int]float64{}
	fs[1] += 1.5
	fs[1] *= 3
	fs[2] /= 0.5
	zero := 0.0
	fs[3] /= zero
	fmt.Println(fs)

	ss := map[[2]int]string{}
	for k := 0; k < 5; k++ {
		ss[[2]int{k % 2, 0}] += fmt.Sprint(k)
	}
	fmt.Println(ss)

	u8 := map[string]uint8{}
	for k := 0; k < 300; k++ {
		u8["a"] += 1
		u8["b"] -= 3
	}
	fmt.Println(u8)
}
