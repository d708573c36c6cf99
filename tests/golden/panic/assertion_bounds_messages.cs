package main

import (
	"errors"
	"fmt"
	"runtime"
)

type I interface{ M() }
type J interface {
	M()
	N()
}
type T struct{}

func (T) M() {}

type S string

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRt := r.(runtime.Error)
		_, isErr := r.(error)
		fmt.Printf("%s: %v | %T rt=%v err=%v\n", name, r, r, isRt, isErr)
	}()
	f()
}

func main() {
	var e interface{} = "str"
	try("1", func() { _ = e.(int) })
	try("2", func() { var i I; _ = i.(T) })
	try("3", func() { var i interface{} = T{}; _ = i.(J) })
	try("4", func() { var i I = T{}; _ = i.(J) })
	try("5", func() { var x interface{}; _ = x.(string) })
	try("6", func() { var i interface{} = S("x"); _ = i.(string) })
	try("7", func() { var i interface{} = &T{}; _ = i.(T) })
	try("8", func() { var err error = errors.New("x"); _ = err.(interface{ Foo() }) })
	try("9", func() { a := []int{1}; i := 2; _ = a[1:i] })
	try("10", func() { a := []int{1, 2, 3}; i, j := 2, 1; _ = a[i:j] })
	try("11", func() { a := make([]int, 2, 4); j := 5; _ = a[:j] })
	try("12", func() { s := "abc"; j := 4; _ = s[j:] })
	try("13", func() { a := []int{1}; i, j, k := 0, 1, 5; _ = a[i:j:k] })
	try("14", func() { n := -1; _ = make([]int, n) })
	try("15", func() { var f func(); f() })
	try("16", func() { x := 0; _ = 5 / x })
	try("17", func() { var arr [3]int; i := -1; arr[i%3+0] = 1 })
	try("18", func() { panic(nil) })
	try("19", func() { panic(errors.New("custom")) })
	try("20", func() { var m map[T]int; m[T{}] = 1 })
	try("21", func() { s := []int{}; _ = s[len(s)-1] })
	try("22", func() { n := 1 << 62; _ = make([]byte, n) })
	try("23", func() { ch := make(chan int); close(ch); close(ch) })
	try("24", func() { a := [][]int{{1}}; _ = a[0][3] })
	try("25", func() { var p *[3]int; _ = p[1] })
}
