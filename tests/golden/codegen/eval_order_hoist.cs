// gc (Go 1.19) evaluates calls, receives, len/cap, slicing, append, &&/|| and
// operands boxed by address first, left to right, and reads the rest of
// an expression or statement afterwards; csc must print the same.
package main

import "fmt"

type B struct{ buf []byte }

func (b *B) room(n int) int {
	nb := make([]byte, len(b.buf)+n)
	copy(nb, b.buf)
	b.buf = nb
	return len(nb) - n
}

type P struct{ X, Y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	try("copy", func() {
		b := &B{buf: []byte("ab")}
		n := copy(b.buf[b.room(2):], "xy")
		fmt.Println(n, string(b.buf))
	})
	try("lastidx", func() {
		s := []int{1, 2, 3}
		shrink := func() int { s = s[:1]; return 0 }
		fmt.Println(s[len(s)-1], shrink())
	})
	try("idxcall", func() {
		s := []int{1, 2, 3}
		i := 0
		f := func() int { s = []int{7, 8, 9, 10}; i = 2; return 1 }
		fmt.Println(s[i], f())
	})
	try("field", func() {
		p := &P{1, 2}
		f := func() int { p = &P{10, 20}; return 0 }
		fmt.Println(p.X, f(), p.Y)
	})
	try("deref", func() {
		x, y := 1, 2
		p := &x
		f := func() int { p = &y; return 0 }
		fmt.Println(*p, f())
	})
	try("mapidx", func() {
		m := map[int]int{1: 10}
		f := func() int { m = map[int]int{1: 99}; return 0 }
		fmt.Println(m[1], f())
	})
	try("lencap", func() {
		s := make([]int, 2, 5)
		f := func() int { s = make([]int, 3, 9); return 0 }
		fmt.Println(len(s), cap(s), f(), len(s))
	})
	try("lenarith", func() {
		s := make([]int, 2, 5)
		f := func() int { s = make([]int, 3, 9); return 0 }
		fmt.Println(len(s)+1, f(), len(s)*2)
	})
	try("complit", func() {
		x := 1
		f := func() int { x = 5; return 0 }
		fmt.Println([]int{x, f(), x}, P{x, f()}, [2]int{x + 1, f()})
	})
	try("multiassign", func() {
		a, b := 0, 0
		x := 1
		f := func() int { x = 7; return 3 }
		a, b = f(), x
		fmt.Println(a, b)
		a, b = x+1, f()
		fmt.Println(a, b)
	})
	try("opassign", func() {
		x := []int{1, 2, 3}
		i := 0
		f := func() int { i = 2; x = []int{10, 20, 30}; return 100 }
		x[i] += f()
		fmt.Println(x, i)
	})
	try("return", func() {
		x := 1
		g := func() (int, int) {
			f := func() int { x = 9; return 0 }
			return x, f()
		}
		fmt.Println(g())
	})
	try("append", func() {
		s := []int{1}
		x := 1
		f := func() int { x = 2; s = []int{5, 6}; return 3 }
		s = append(s, x, f())
		fmt.Println(s)
	})
	try("append2", func() {
		s := []int{1}
		f := func() int { s = []int{5, 6}; return 3 }
		t := append(s, f())
		fmt.Println(t)
	})
	try("methval", func() {
		p := P{1, 2}
		f := func() int { p = P{3, 4}; return 0 }
		m := p.Sum
		fmt.Println(m(), f())
		g := func(h func() int, z int) int { return h() }
		fmt.Println(g(p.Sum, f()))
	})
	try("send", func() {
		ch := make(chan int, 1)
		x := 1
		f := func() int { x = 8; return 0 }
		ch <- x + f()
		fmt.Println(<-ch)
		c2 := make(chan int, 1)
		cp := &ch
		g := func() int { cp = &c2; return 4 }
		*cp <- g()
		fmt.Println(len(ch), len(c2))
	})
	try("defer", func() {
		x := 1
		f := func() int { x = 8; return 0 }
		defer fmt.Println("deferred", x, f())
	})
	try("concat", func() {
		s := "a"
		f := func() string { s = "b"; return "-" }
		fmt.Println(s + f() + s)
		t := s + "x"
		s = "a"
		fmt.Println(t, s+"!"+f())
	})
	try("slice", func() {
		s := []int{1, 2, 3, 4}
		f := func() int { s = []int{9}; return 0 }
		fmt.Println(s[1:], f())
		s = []int{1, 2, 3, 4}
		fmt.Println(s[1:len(s)], f())
	})
	try("conv", func() {
		s := "abc"
		f := func() int { s = "zz"; return 0 }
		fmt.Println([]byte(s), f(), string([]byte(s)))
	})
	try("andand", func() {
		x := 1
		f := func() int { x = 5; return 0 }
		fmt.Println(x == 1 && true, f(), x == 1)
		b := true
		fmt.Println(b && x == 5, f())
	})
	try("strindex", func() {
		s := "abc"
		f := func() int { s = "z"; return 0 }
		fmt.Println(s[2], f())
	})
}

func (p P) Sum() int { return p.X + p.Y }
