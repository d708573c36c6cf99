// checks: modifying structs inside slices via index and via pointers
package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Count *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	p := &items[0]
	p.Count = -1
	fmt.Println(items[0])
	ptrs := []*Item{{"c", 3}}
	for _, q := range ptrs {
		q.Count++
	}
	fmt.Println(*ptrs[0])
}
