package main

// Map lookups keyed by string(b), which use b's bytes in place (no copy),
// next to stores keyed by string(b), which must keep their own copy:
// b is overwritten after each store and the stored keys stay as they were.

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{}
	b := []byte("key0")
	for i := 0; i < 5; i++ {
		b[3] = byte('0' + i)
		m[string(b)] = i
		m[string(b)] += 10
		m[string(b)]++
	}
	b[3] = 'x'
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(m))
	for i := 0; i < 6; i++ {
		b[3] = byte('0' + i)
		v, ok := m[string(b)]
		fmt.Println(string(b), m[string(b)], v, ok)
	}
	var nilb []byte
	m[""] = 42
	fmt.Println(m[string(nilb)], m[string(b[:0])])
	type name string
	n := map[name]bool{"ab": true}
	fmt.Println(n[name([]byte("ab"))], n[name(b[:2])])
	var ik map[interface{}]int = map[interface{}]int{"key3": 3}
	b[3] = '3'
	fmt.Println(ik[string(b)])
}
