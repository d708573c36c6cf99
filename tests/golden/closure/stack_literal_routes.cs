// Function literals passed for func parameters: one whose callee only
// calls it keeps its closure record in the caller's frame (leak.c,
// gen_call.c); every other route (stored via an interface method, mutual
// recursion, a method value, defer, a struct, a map, returned, wrapped,
// variadic, a goroutine) must give it a heap record. smash overwrites the
// dead frames before the closures run. The second half calls such
// literals from every expression context (case lists, else-if chains, loop
// conditions and posts, select, short-circuit operands, package
// initializers).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type runner struct{ fs []func() int }

func (r *runner) add(f func() int) { r.fs = append(r.fs, f) }
func (r *runner) Add(f func() int) { r.add(f) }

type Adder interface{ Add(f func() int) }

var R = &runner{}
var A Adder = R
var saved []func() int

func call(f func() int) int { return f() }
func pass(f func() int) int { return call(f) }
func viaIface(f func() int) { A.Add(f) }
func even(f func() int, n int) int {
	if n == 0 {
		saved = append(saved, f)
		return 0
	}
	return odd(f, n-1)
}
func odd(f func() int, n int) int {
	if n == 0 {
		return f()
	}
	return even(f, n-1)
}
func viaVar(f func() int)                       { g := R.add; g(f) }
func viaGo(f func() int, c chan int)            { go func() { c <- f() }() }
func viaDefer(f func() int)                     { defer R.add(f) }
func viaStruct(f func() int)                    { x := struct{ f func() int }{f}; saved = append(saved, x.f) }
func viaMap(f func() int, m map[int]func() int) { m[len(m)] = f }
func viaWrap(f func() int) func() int           { return func() int { return f() + 1 } }
func viaRet(f func() int) func() int            { return f }
func viaSelf(f func() int) int {
	if f == nil {
		return 0
	}
	return call(f) + call(func() int { return f() * 2 })
}
func viaArr(fs *[1]func() int, f func() int) { fs[0] = f }
func viaVariadic(fs ...func() int)           { saved = append(saved, fs...) }
func twice(f func() int) (int, int)          { return f(), f() }
func check(f func() bool) bool               { return f() }

var gmap = map[int]func() int{}
var garr [1]func() int

func smash(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	if n > 0 {
		return smash(n-1) + a[n%64]
	}
	return a[5]
}

// oneF keeps gcc from inlining one into main, whose frame never dies.
var oneF = one

func one(i int) {
	x, y := i, i*i
	viaIface(func() int { return x + y })
	even(func() int { return x - y }, 4)
	viaVar(func() int { return x * y })
	viaDefer(func() int { return x*10 + y })
	viaStruct(func() int { return x*100 + y })
	viaMap(func() int { return x*1000 + y }, gmap)
	saved = append(saved, viaWrap(func() int { return x + 7*y }))
	saved = append(saved, viaRet(func() int { return x + 9*y }))
	viaArr(&garr, func() int { return x + 11*y })
	saved = append(saved, garr[0])
	viaVariadic(func() int { return x + 13*y })
}

func contexts(i int) {
	x := i * 3
	var n int
	if check(func() bool { return x > 3 }) && pass(func() int { return x }) > 0 {
		n++
	}
	for j := 0; check(func() bool { return j < x }); j++ {
		n += pass(func() int { return j })
	}
	switch pass(func() int { return x }) {
	case 3, 6, 9:
		n += 100
	}
	a, b := twice(func() int { n++; return n })
	fmt.Println("ctx", n, a, b, viaSelf(func() int { return x }), pass(func() int { return call(func() int { return x * 5 }) }))
}

func stdlib(i int) {
	s := []int{5, 2, 8, i}
	k := i
	sort.Slice(s, func(a, b int) bool { return s[a]+k < s[b]+k })
	idx := sort.Search(len(s), func(j int) bool { return s[j] >= k })
	var once sync.Once
	once.Do(func() { k++ })
	up := strings.Map(func(r rune) rune { return r + rune(k) }, "abc")
	f := strings.FieldsFunc("a,b;c", func(r rune) bool { return r == ',' || r == ';' })
	fmt.Println("std", s, idx, k, up, f, strings.IndexFunc("hello", func(r rune) bool { return r == rune('l'+k-k) }))
}

func apply(f func() int) int    { return f() }
func applyB(f func() bool) bool { return f() }

var base = 10
var gv = apply(func() int { return base * 3 })
var gv2, gv3 = apply(func() int { return gv + 1 }), applyB(func() bool { return gv > 5 })

func cases(x int) string {
	switch x {
	case apply(func() int { return x - 1 }):
		return "minus"
	case apply(func() int { smash(5); return x }):
		return "eq"
	}
	return "none"
}

func chain(x int) string {
	if x < 0 {
		return "neg"
	} else if applyB(func() bool { smash(3); return x == 2 }) {
		return "two"
	} else if y := apply(func() int { return x * 2 }); y > 5 {
		return fmt.Sprint("big", y)
	}
	return "small"
}

func loops(n int) int {
	s := 0
	for i := 0; i < n; i = apply(func() int { smash(2); return i + 1 }) {
		s += i
	}
	j := 0
outer:
	for applyB(func() bool { return j < n }) {
		j++
		for k := 0; k < 3; k++ {
			if apply(func() int { return k + j }) > n {
				continue outer
			}
			s += k
		}
	}
	return s
}

func sel(x int) int {
	ch := make(chan int, 1)
	select {
	case ch <- apply(func() int { smash(2); return x * 7 }):
	default:
	}
	m := map[int]int{x: 5}
	arr := []int{1, 2, 3, 4, 5, 6, 7, 8}
	lit := []int{apply(func() int { return x }), apply(func() int { return x + 1 })}
	st := struct{ a, b int }{apply(func() int { return -x }), 2}
	return <-ch + m[apply(func() int { return x })] + arr[apply(func() int { return x % 8 })] + lit[1] + st.a
}

func shortc(x int) bool {
	return x > 2 || applyB(func() bool { smash(4); return x == 1 }) && !applyB(func() bool { return x == 0 })
}

func main() {
	for i := 1; i <= 2; i++ {
		oneF(i)
		smash(30)
	}
	for _, f := range R.fs {
		smash(5)
		fmt.Println("runner", f())
	}
	for _, f := range saved {
		smash(5)
		fmt.Println("saved", f())
	}
	for i := 0; i < len(gmap); i++ {
		smash(5)
		fmt.Println("map", gmap[i]())
	}
	c := make(chan int)
	for i := 1; i <= 3; i++ {
		func(i int) { a := i * 4; viaGo(func() int { smash(3); return a }, c) }(i)
		smash(20)
		fmt.Println("go", <-c)
	}
	for i := 1; i <= 3; i++ {
		contexts(i)
		stdlib(i)
	}
	fmt.Println(gv, gv2, gv3)
	for x := 0; x < 4; x++ {
		fmt.Println(cases(x), chain(x), loops(x), sel(x), shortc(x))
	}
}
