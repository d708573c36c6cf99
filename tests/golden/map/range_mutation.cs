// checks: deleting during range never produces a deleted entry twice or
// late; inserting and growing during range keeps every original entry
// produced at most once; nil map reads and len
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))

	for i := 0; i < 100; i++ {
		m[i] = i
	}
	produced := map[int]int{}
	next := 1000
	for k, v := range m {
		if k < 100 {
			produced[k] = produced[k] + 1
			if k != v {
				fmt.Println("bad value", k, v)
			}
		}
		for j := 0; j < 20; j++ {
			m[next] = next
			next++
		}
	}
	dup := 0
	for _, c := range produced {
		if c != 1 {
			dup++
		}
	}
	fmt.Println(len(produced), dup, len(m) > 1000)

	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	count := 0
	for range m2 {
		if count == 0 {
			for _, k := range []string{"a", "b", "c", "d"} {
				delete(m2, k)
			}
		}
		count++
	}
	fmt.Println(count, len(m2))

	var nm map[string][]int
	fmt.Println(nm["x"] == nil, len(nm), nm)
	delete(nm, "x")
	v, ok := nm["y"]
	fmt.Println(v, ok)
}
