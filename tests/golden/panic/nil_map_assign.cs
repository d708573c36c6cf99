// checks: assignment to an entry in a nil map panics
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"])
	m["x"] = 1
}
