// `for k := range m { delete(m, k) }` empties m (csc and gc turn it into
// one clear when keys are reflexive); with float or interface keys a NaN
// key cannot be deleted and stays. The map is reused afterwards, an
// iteration of the same map around it sees no removed entry, and a nil
// map is fine.
package main

import (
	"fmt"
	"math"
	"sort"
)

type pt struct{ x, y int }

func main() {
	m := map[string]*int{}
	for i := 0; i < 100; i++ {
		v := i
		m[fmt.Sprint("k", i)] = &v
	}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m["k5"])
	m["again"] = new(int)
	fmt.Println(len(m))

	var nilm map[int]int
	for k := range nilm {
		delete(nilm, k)
	}
	fmt.Println(len(nilm))

	f := map[float64]int{1: 1, math.NaN(): 2, math.NaN(): 3, 2.5: 4}
	for k := range f {
		delete(f, k)
	}
	fmt.Println(len(f))

	a := map[interface{}]int{"x": 1, 2: 2, math.NaN(): 3}
	for k := range a {
		delete(a, k)
	}
	fmt.Println(len(a))

	s := map[pt]string{{1, 2}: "a", {3, 4}: "b"}
	for k := range s {
		delete(s, k)
	}
	s[pt{5, 6}] = "c"
	fmt.Println(len(s), s)

	outer := map[int]int{}
	for i := 0; i < 50; i++ {
		outer[i] = i
	}
	inner := map[int]bool{1: true, 2: true}
	seen := 0
	for k := range outer {
		seen++
		if k%10 == 0 {
			for j := range inner {
				delete(inner, j)
			}
			inner[k] = true
		}
	}
	keys := []int{}
	for k := range inner {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(seen, len(keys))

	self := map[int]int{1: 1, 2: 2, 3: 3}
	count := 0
	for k := range self {
		count++
		for j := range self {
			delete(self, j)
		}
		_ = k
	}
	fmt.Println(count, len(self))

	var k2 int
	g := map[int]int{7: 7, 8: 8}
	for k2 = range g {
		delete(g, k2)
	}
	fmt.Println(len(g), k2 == 7 || k2 == 8)
}
