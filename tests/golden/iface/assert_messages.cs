// checks: the texts of failed type assertions, recovered and printed
package main

import "fmt"

type T struct{ X int }
type I interface{ M() }
type J interface{ N() }

func (T) M() {}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x any = "str"
	var e any
	var i I = T{1}
	try(func() { _ = x.(int) })
	try(func() { _ = e.(int) })
	try(func() { _ = x.(I) })
	try(func() { _ = e.(I) })
	try(func() { _ = i.(J) })
	try(func() { _ = i.(*T) })
	var a, b any = []int{1}, []int{1}
	try(func() { fmt.Println(a == b) })
	t, ok := i.(T)
	fmt.Println(t, ok)
}
