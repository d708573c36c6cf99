// checks: a closure keeps its own captured state between calls
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a := counter()
	b := counter()
	fmt.Println(a(), a(), a(), b(), a(), b())
}
