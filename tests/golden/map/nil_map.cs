// checks: a nil map reads as empty: lookup, len, range, delete
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["a"])
	v, ok := m["a"]
	fmt.Println(v, ok)
	for k := range m {
		fmt.Println(k)
	}
	delete(m, "a")
	fmt.Println(m)
	m = map[string]int{}
	m["a"] = 1
	fmt.Println(m == nil, m)
}
