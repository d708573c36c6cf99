// gc (Go 1.19) evaluates calls, receives, len/cap, slicing, append, &&/|| and
// operands boxed by address first, left to right, and reads the rest of
// an expression or statement afterwards; csc must print the same.
package main

import "fmt"

type P struct{ X, Y int }

func (p P) Sum(z int) int   { return p.X + p.Y + z }
func (p *P) PSum(z int) int { return p.X + p.Y + z }

type I interface{ Sum(z int) int }

type Q struct{ a, b int8 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func two(a, b int) (int, int) { return a, b }

var gp = P{1, 2}

func main() {
	try("recv-value", func() {
		p := P{1, 2}
		f := func() int { p = P{10, 20}; return 0 }
		fmt.Println(p.Sum(f()))
		pp := &p
		g := func() int { pp = &P{100, 200}; return 0 }
		fmt.Println(pp.Sum(g()), pp.PSum(g()))
	})
	try("iface", func() {
		var i I = P{1, 2}
		f := func() int { i = P{5, 5}; return 0 }
		fmt.Println(i.Sum(f()))
	})
	try("funcval", func() {
		h := func(z int) int { return 1 }
		f := func() int { h = func(z int) int { return 2 }; return 0 }
		fmt.Println(h(f()))
	})
	try("nested", func() {
		x := 1
		f := func() int { x = 5; return 0 }
		add := func(a, b int) int { return a + b }
		fmt.Println(add(x, f()), add(add(x, 1), f()), x)
	})
	try("multi", func() {
		x := 1
		f := func() int { x = 5; return 0 }
		a, b := two(x, f())
		fmt.Println(a, b)
	})
	try("defvar", func() {
		s := []int{1, 2, 3}
		i := 0
		f := func() int { s = []int{7, 8, 9}; i = 1; return 0 }
		x := s[i] + f()
		var y = s[i] + f()
		fmt.Println(x, y)
	})
	try("if", func() {
		x := 1
		f := func() int { x = 5; return 5 }
		if x == f() {
			fmt.Println("eq")
		} else {
			fmt.Println("ne")
		}
		x = 1
		switch x {
		case f():
			fmt.Println("case eq")
		default:
			fmt.Println("case ne")
		}
		x = 1
		for i := 0; x < f() && i < 3; i++ {
			fmt.Println("loop", x, i)
			x = 1
		}
	})
	try("mapopassign", func() {
		m := map[string]int{"a": 1}
		k := "a"
		f := func() int { k = "b"; return 10 }
		m[k] += f()
		fmt.Println(m)
		m[k] = f() + m[k]
		fmt.Println(m)
	})
	try("structiface", func() {
		q := Q{1, 2}
		f := func() int { q = Q{3, 4}; return 0 }
		fmt.Println(q, f())
		fmt.Println(gp, func() int { gp = P{7, 7}; return 0 }())
		pq := &q
		fmt.Println(*pq, f(), q.a, f())
	})
	try("structeq", func() {
		q := Q{1, 2}
		f := func() int { q = Q{3, 4}; return 0 }
		fmt.Println(q == Q{1, 2}, f())
	})
	try("structkey", func() {
		q := Q{1, 2}
		m := map[Q]int{{1, 2}: 1, {3, 4}: 2}
		f := func() int { q = Q{3, 4}; return 0 }
		fmt.Println(m[q], f())
		var i8 int8 = 1
		m8 := map[int8]int{1: 1, 2: 2}
		g := func() int { i8 = 2; return 0 }
		fmt.Println(m8[i8], g())
	})
	try("typeassert", func() {
		var i interface{} = P{1, 2}
		f := func() int { i = P{3, 4}; return 0 }
		fmt.Println(i.(P), f())
		var j interface{} = &P{1, 2}
		g := func() int { j = &P{3, 4}; return 0 }
		fmt.Println(j.(*P).X, g())
	})
	try("recv", func() {
		ch := make(chan int, 2)
		ch <- 1
		ch <- 2
		x := 0
		fmt.Println(x, <-ch+x, func() int { x = 5; return 0 }())
	})
	try("oror", func() {
		x := 1
		f := func() bool { x = 2; return true }
		fmt.Println(x == 2 || f(), x)
		x = 1
		fmt.Println(f() || x == 1, x)
	})
	try("maplit", func() {
		x := 1
		f := func() int { x = 2; return 9 }
		m := map[int]int{x: f(), 5: x}
		fmt.Println(m)
	})
	try("newmake", func() {
		n := 2
		f := func() int { n = 5; return 0 }
		fmt.Println(len(make([]int, n)), f(), n)
	})
	try("closure", func() {
		x := 1
		f := func() int { x = 2; return 0 }
		fmt.Println(func() int { return x }(), f())
	})
	try("panicorder", func() {
		var p *P
		s := []int{}
		fmt.Println(p.X, s[1])
	})
	try("incdec", func() {
		s := []int{1, 2, 3}
		i := 0
		s[i]++
		fmt.Println(s)
	})
	try("deferrecv", func() {
		p := P{1, 2}
		defer p.Sum(func() int { p.X = 100; return 0 }())
		defer fmt.Println("d", p)
		p.X = 5
	})
	try("go", func() {
		x := 1
		done := make(chan bool)
		go func(a, b int) { fmt.Println("go", a, b); done <- true }(x, func() int { x = 3; return 0 }())
		<-done
	})
}
