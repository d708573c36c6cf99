// checks: recovered run-time errors carry Go's messages (makeslice,
// makechan, slice bounds, nil func and array pointer, conversion to an
// array pointer, assertion to an interface, negative shift) and are
// runtime.Errors
package main

import (
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v (runtime error: %v)\n", name, err, isRuntime(err))
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func isRuntime(err error) bool {
	_, ok := err.(interface{ RuntimeError() })
	return ok
}

func main() {
	n := -1
	big := 1 << 62
	s := []int{1, 2, 3}
	i, j := 5, 2
	try("makeslice neg", func() { _ = make([]int, n) })
	try("makeslice big", func() { _ = make([]int, big) })
	try("makeslice cap", func() { _ = make([]int, 3, 2+n) })
	try("makechan", func() { _ = make(chan int, n) })
	try("makemap neg ok", func() { _ = make(map[int]int, n) })
	try("slice hi", func() { _ = s[:i] })
	try("slice lo>hi", func() { _ = s[i-2 : j] })
	try("slice3", func() { _ = s[0:1:i] })
	try("string idx", func() { _ = "abc"[i] })
	try("string slice", func() { _ = "abc"[j:i] })
	var f func()
	try("nil func", func() { f() })
	var arr *[3]int
	try("nil array ptr", func() { _ = arr[1] })
	try("arr conv", func() { _ = (*[4]int)(s) })
	var e error
	try("nil iface method", func() { _ = e.Error() })
	var x interface{} = 3.5
	try("assert", func() { _ = x.(fmt.Stringer) })
	try("shift", func() { _ = 1 << n })
}
