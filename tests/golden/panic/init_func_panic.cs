// checks: a panic in the second init function prints after the first
// one ran, names the frame main.init.1, and exits 2 before main runs
package main

import "fmt"

var table = map[string]int{"a": 1}

func init() {
	fmt.Println("first init")
}

func init() {
	fmt.Println("second init, looking up b")
	if _, ok := table["b"]; !ok {
		panic("missing b")
	}
}

func main() {
	fmt.Println("main")
}
