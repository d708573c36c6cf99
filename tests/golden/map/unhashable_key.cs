// checks: a slice inside an interface key panics with Go's message
package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	m["a"] = 2
	fmt.Println(len(m))
	m[[]int{1}] = 3
	fmt.Println("unreachable")
}
