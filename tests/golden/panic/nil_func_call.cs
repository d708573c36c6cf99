// checks: calling a nil function value panics like a nil dereference
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling")
	fmt.Println(f(1))
}
