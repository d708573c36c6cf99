// A key that cannot be hashed panics without leaving the map marked as
// being written: the map stays usable after recover, as in Go.
package main

import "fmt"

func main() {
	m := map[interface{}]int{"a": 1}
	for i := 0; i < 3; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			m[[]int{i}] = i
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(m[map[int]int{}])
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		delete(m, func() {})
	}()
	m["b"] = 2
	delete(m, "a")
	for k, v := range m {
		fmt.Println(k, v)
	}
	fmt.Println(len(m))
}
