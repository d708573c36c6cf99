// Run-time errors recovered and printed with their dynamic types: bounds
// (index, 2- and 3-index slices, strings), nil map, divide by zero, nil pointer,
// failed assertions, slice-to-array-pointer conversion, make with bad sizes,
// closed/nil channels, custom and wrapped error panics; recover in a nested
// deferred call or a helper returns nil.
package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func safe(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %T: %v\n", name, r, err)
			var me *MyErr
			if errors.As(err, &me) {
				fmt.Println("  code", me.Code)
			}
			return
		}
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func nestedRecover() {
	defer func() {
		func() {
			fmt.Println("nested recover:", recover())
		}()
		fmt.Println("outer recover:", recover())
	}()
	panic("p1")
}

func helper() interface{} { return recover() }

func viaHelper() {
	defer func() {
		fmt.Println("helper recover:", helper())
		fmt.Println("direct:", recover())
	}()
	panic("p2")
}

func runS07bRecover() {
	var arr []int
	idx := 5
	m := map[string]int(nil)
	var p *MyErr
	var i interface{} = "str"
	zero := 0
	safe("index", func() { _ = arr[idx] })
	safe("slice", func() { a := []int{1, 2, 3}; _ = a[2:idx] })
	safe("slice3", func() { a := make([]int, 3, 4); j := 1; _ = a[2:j] })
	safe("nilmap", func() { m["a"] = 1 })
	safe("div", func() { fmt.Println(10 / zero) })
	safe("mod", func() { fmt.Println(10 % zero) })
	safe("nilptr", func() { fmt.Println(p.Code) })
	safe("assert", func() { _ = i.(int) })
	safe("assertiface", func() { _ = i.(fmt.Stringer) })
	safe("custom", func() { panic(&MyErr{42}) })
	safe("wrapped", func() { panic(fmt.Errorf("ctx: %w", &MyErr{7})) })
	safe("string", func() { panic("plain") })
	safe("int", func() { panic(12) })
	safe("errorsNew", func() { panic(errors.New("e")) })
	safe("conv", func() { s := []int{1}; _ = [2]int(([2]int{s[0], 2})) })
	safe("closed", func() { c := make(chan int); close(c); close(c) })
	safe("strindex", func() { s := "abc"; _ = s[idx] })
	nestedRecover()
	viaHelper()
	fmt.Println(recover())
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%-10s %T %v\n", name, e, e)
		} else {
			fmt.Printf("%-10s %v\n", name, r)
		}
	}()
	f()
}

func runRterrs() {
	s := []int{1, 2, 3}
	str := "abc"
	n, m, k := 5, 1, -1
	try("hi", func() { _ = s[:n] })
	try("lo>hi", func() { _ = s[2:m] })
	try("lo>len", func() { _ = s[n:] })
	try("3idx-max", func() { _ = s[0:1:n] })
	try("3idx-hi", func() { _ = s[0:2:m] })
	try("3idx-lo", func() { _ = s[2:m:3] })
	try("str-hi", func() { _ = str[:n] })
	try("str-lo", func() { _ = str[2:m] })
	try("str-lo2", func() { _ = str[n:] })
	try("negidx", func() { _ = s[k] })
	try("arr", func() { var a [3]int; _ = a[n] })
	try("arrptr", func() { var a *[3]int; _ = a[0] })
	try("arrconv", func() { _ = (*[4]int)(s) })
	try("makeslice", func() { _ = make([]int, k) })
	try("makecap", func() { _ = make([]int, n, m) })
	try("makechan", func() { _ = make(chan int, k) })
	try("repeat", func() { _ = strings.Repeat("x", k) })
	try("wg", func() { var wg sync.WaitGroup; wg.Add(-1) })
	try("closenil", func() { var c chan int; close(c) })
	try("sendclosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("nilfunc", func() { var f func(); f() })
	try("nilstruct", func() { type T struct{ a [10]int }; var p *T; _ = p.a[3] })
	try("mapnil2", func() { var m map[string][]int; m["a"] = append(m["a"], 1) })
	try("assert", func() { var i interface{} = s; _ = i.([]string) })
	try("assertE", func() { var e error = fmt.Errorf("x"); _ = e.(interface{ Foo() }) })
	try("copyok", func() { fmt.Println(copy(s, []int{9})) })
	try("shift", func() { fmt.Println(1 >> uint(n) << k) })
	var fz float64
	fmt.Println(1/fz, -1/fz, fz/fz == fz/fz)
	fmt.Println(s)
}

func main() {
	fmt.Println("== S07bRecover")
	runS07bRecover()
	fmt.Println("== Rterrs")
	runRterrs()
}
