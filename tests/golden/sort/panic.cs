// sort.Slice given something that is not a slice panics as Go's reflect
// does; the error text is observable through recover.
package main

import (
	"fmt"
	"sort"
)

type pt struct{ x, y int }

func try(name string, x interface{}) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name, "->", err.Error())
		} else {
			fmt.Println(name, "->", r)
		}
	}()
	sort.Slice(x, func(i, j int) bool { return false })
	fmt.Println(name, "ok")
}

func main() {
	try("slice", []int{2, 1})
	try("int", 5)
	try("string", "abc")
	try("struct", pt{1, 2})
	try("pointer", &pt{})
	try("array", [2]int{1, 2})
	try("map", map[string]int{})
	try("nil", nil)
	defer fmt.Println("deferred runs")
	sort.SliceStable(3.5, func(i, j int) bool { return false })
}
