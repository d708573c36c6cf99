// checks: type assertions to concrete and interface types, comma-ok form
package main

import "fmt"

type Speaker interface{ Speak() string }
type Dog struct{}

func (Dog) Speak() string { return "woof" }

func main() {
	var x interface{} = Dog{}
	d, ok := x.(Dog)
	fmt.Println(d, ok)
	s, ok := x.(Speaker)
	fmt.Println(s.Speak(), ok)
	_, ok = x.(fmt.Stringer)
	fmt.Println(ok)
	n, ok := x.(int)
	fmt.Println(n, ok)
	var y interface{} = 3
	fmt.Println(y.(int) + 1)
	var e interface{}
	_, ok = e.(int)
	fmt.Println(ok)
}
