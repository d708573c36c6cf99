// checks: map insert, lookup, overwrite, len, delete, missing keys
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] = 10
	fmt.Println(len(m), m["one"], m["two"], m["missing"])
	delete(m, "two")
	delete(m, "nothing")
	fmt.Println(len(m), m["two"])
	counts := make(map[rune]int)
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['h'], counts['z'], len(counts))
}
