// checks: maps are references: callees and copies see the same map
package main

import "fmt"

func add(m map[string]int, k string) { m[k]++ }

func main() {
	m := map[string]int{}
	add(m, "a")
	add(m, "a")
	alias := m
	alias["b"] = 5
	fmt.Println(m, len(m))
	type holder struct{ data map[int]int }
	h1 := holder{map[int]int{}}
	h2 := h1
	h2.data[1] = 1
	fmt.Println(len(h1.data))
}
