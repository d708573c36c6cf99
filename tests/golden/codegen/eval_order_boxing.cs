// gc (Go 1.19) evaluates calls, receives, len/cap, slicing, append, &&/|| and
// operands boxed by address first, left to right, and reads the rest of
// an expression or statement afterwards; csc must print the same.
package main

import "fmt"

type P struct{ X, Y int }

type Q struct{ a, b int8 }

type I interface{ M() int }

func (p P) M() int { return p.X }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

var gx = 1
var ga, gb = gx, bumpg()

func bumpg() int { gx = 50; return 2 }

func two() (int, int) { return 1, 2 }

func main() {
	fmt.Println("globals", ga, gb)
	try("boolexpr", func() {
		x := 1
		f := func() int { x = 2; return 0 }
		fmt.Println(x == 1, f(), x == 1)
		var b byte = 1
		g := func() int { b = 9; return 0 }
		fmt.Println(b+1, g(), b)
		fmt.Println(x+1, f())
	})
	try("complitiface", func() {
		x := 1
		f := func() int { x = 7; return 0 }
		fmt.Println(P{x, 1}, f())
		fmt.Println([]int{x}, f())
		fmt.Println(&x != nil, f())
	})
	try("paramiface", func() {
		x := 1
		f := func() int { x = 7; return 0 }
		show := func(a interface{}, b int) { fmt.Println("show", a, b) }
		show(x, f())
		q := Q{1, 2}
		g := func() int { q = Q{5, 5}; return 0 }
		show(q, g())
		ps := []Q{{1, 1}}
		h := func() int { ps[0] = Q{6, 6}; return 0 }
		show(ps[0], h())
	})
	try("slicebounds", func() {
		s := []int{1, 2, 3, 4, 5}
		i := 1
		f := func() int { i = 3; return 4 }
		t := s[i+0 : f()]
		fmt.Println(t)
		i = 1
		t = s[i:f()]
		fmt.Println(t)
	})
	try("multilhs", func() {
		a := []int{0, 0, 0}
		i := 0
		f := func() int { i++; return i }
		a[i], a[f()] = two()
		fmt.Println(a, i)
		var x, y int
		x, a[i] = f(), 9
		fmt.Println(x, y, a)
	})
	try("incdec", func() {
		a := []int{0, 0, 0}
		i := 0
		f := func() int { i = 2; return 1 }
		a[f()+i]++
		fmt.Println(a)
	})
	try("vardecl", func() {
		x := 1
		f := func() int { x = 3; return 0 }
		var a, b = x, f()
		fmt.Println(a, b)
		c, d := x+1, f()
		fmt.Println(c, d)
	})
	try("assertiface", func() {
		var i interface{} = P{1, 2}
		f := func() int { i = P{3, 4}; return 0 }
		fmt.Println(i.(I).M(), f())
		fmt.Println(i.(I), f())
	})
	try("selectsend", func() {
		ch := make(chan int, 1)
		x := 1
		f := func() int { x = 4; return 0 }
		select {
		case ch <- x + f():
		}
		fmt.Println(<-ch)
	})
	try("methvalue", func() {
		p := P{1, 2}
		f := func() int { p = P{3, 4}; return 0 }
		g := func(h func() int, z int) int { return h() }
		fmt.Println(g(p.M, f()))
	})
	try("deferbuiltin", func() {
		x := 1
		f := func() int { x = 2; return 0 }
		defer copy(make([]int, x), []int{f()})
		defer fmt.Println("fp", x, f(), x)
	})
	try("gofunc", func() {
		done := make(chan string, 2)
		n := 0
		mk := func() func(int) { n++; name := fmt.Sprint("f", n); return func(int) { done <- name } }
		fs := []func(int){mk()}
		i := 0
		f := func() int { fs = []func(int){mk()}; return 0 }
		fs[i](f())
		go fs[i](f())
		fmt.Println(<-done, <-done)
	})
	try("structcmp", func() {
		a := [2]int{1, 2}
		f := func() int { a = [2]int{3, 4}; return 0 }
		fmt.Println(a == [2]int{1, 2}, f())
		var e interface{} = 5
		y := 5
		g := func() int { y = 6; return 0 }
		fmt.Println(e == y, g())
	})
	try("mapkeys", func() {
		type K struct{ a, b int32 }
		k := K{1, 2}
		m := map[K]int{{1, 2}: 1, {3, 4}: 2}
		f := func() int { k = K{3, 4}; return 0 }
		fmt.Println(m[k], f())
		var bk bool = true
		mb := map[bool]int{true: 1, false: 2}
		g := func() int { bk = false; return 0 }
		fmt.Println(mb[bk], g())
		mb[bk] = func() int { bk = true; return 5 }()
		fmt.Println(mb)
	})
	try("ifaceconvexplicit", func() {
		x := true
		f := func() int { x = false; return 0 }
		fmt.Println(interface{}(x), f())
	})
	try("nestedcalls", func() {
		x := 1
		f := func(a int) int { x++; return a }
		fmt.Println(f(x)+x, f(x), x)
	})
	try("strconcat", func() {
		s := "a"
		f := func() string { s += "b"; return "|" }
		t := s + f() + s + f() + s
		fmt.Println(t)
	})
	try("appendmulti", func() {
		s := []int{1}
		x := 5
		f := func() int { s = append(s, 100); x = 6; return 7 }
		u := append(s[:1], x, f(), x)
		fmt.Println(u, s)
	})
}
