// checks: v, ok := m[k] distinguishes zero values from missing keys
package main

import "fmt"

func main() {
	m := map[string]int{"zero": 0}
	v, ok := m["zero"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	if _, ok := m["zero"]; ok {
		fmt.Println("present")
	}
	var found bool
	_, found = m["x"]
	fmt.Println(found)
	s, ok2 := map[int]string{1: "a"}[1]
	fmt.Println(s, ok2)
}
