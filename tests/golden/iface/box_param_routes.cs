// Values converted for an interface parameter that the callee never keeps
// are boxed in the caller's frame (leak.c's box_on_stack). Each callee
// here either only reads the value (map lookups, comparisons, assertions
// to concrete types, method values and go/defer of the asserted copy) or
// keeps it by a less obvious route (a map key stored from a select or a
// range clause, |=, a map of maps, through a map pointer, a comma-ok
// assertion to an interface type). smash overwrites the dead frames before
// kept values are read.
package main

import (
	"fmt"
	"strconv"
)

type named string

type pair struct {
	a, b int
	s    string
}

func (p pair) Sum() int        { return p.a*100 + p.b*10 + len(p.s) }
func (p pair) Send(c chan int) { c <- p.Sum() }
func (p pair) Print()          { fmt.Println("deferred", p.Sum()) }

type celsius int

func (c celsius) String() string { return fmt.Sprint(int(c), "C") }

type quad struct{ a, b, c, d int }

func (q quad) String() string { return fmt.Sprint("quad:", q.a+q.b+q.c+q.d) }

var m = map[any]int{}

func lookup(k any) int       { return m[k] }
func lookup2(k1, k2 any) int { return m[k1]*100 + m[k2] }
func same(a, b any) bool     { return a == b }
func asPair(x any) int {
	if p, ok := x.(pair); ok {
		return p.Sum()
	}
	return -1
}
func next(i int) int               { return i + 1 }
func str(i int) string             { return strconv.Itoa(i * 7919) }
func both(x any, f func() int) int { return lookup(x) + f() }
func multi() (int, string)         { return 3, "three" }

var kept []map[any]int
var keptS []fmt.Stringer
var keptAny []any
var funcs []func() int

func selStore(x any, ch chan int) {
	mm := map[any]int{}
	select {
	case mm[x] = <-ch:
	}
	kept = append(kept, mm)
}

func rangeStore(x any, ch chan int) {
	mm := map[any]int{}
	for mm[x] = range ch {
	}
	kept = append(kept, mm)
}

func orStore(x any) {
	mm := map[any]int{}
	mm[x] |= 3
	kept = append(kept, mm)
}

func nestedStore(x any) {
	mm := map[int]map[any]int{0: {}}
	mm[0][x] = 4
	kept = append(kept, mm[0])
}

func ptrMapStore(x any) {
	mm := map[any]int{}
	pm := &mm
	(*pm)[x] = 5
	kept = append(kept, mm)
}

func commaOK(p any) {
	if s, ok := p.(fmt.Stringer); ok {
		keptS = append(keptS, s)
	}
}

func commaOKAny(p any) {
	if s, ok := p.(interface{}); ok {
		keptAny = append(keptAny, s)
	}
}

func assignOK(p any) {
	var s fmt.Stringer
	var ok bool
	s, ok = p.(fmt.Stringer)
	if ok {
		keptS = append(keptS, s)
	}
}

func bind(x any) {
	if _, ok := x.(pair); ok {
		funcs = append(funcs, x.(pair).Sum)
	}
}

func spawn(x any, c chan int) { go x.(pair).Send(c) }

func later(x any) {
	defer x.(pair).Print()
	smash(10)
}

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
	ch := make(chan int, 1)
	ch <- i
	selStore(named(str(i)), ch)
	ch <- i
	close(ch)
	rangeStore(pair{i, i, str(i)}, ch)
	orStore(str(i + 100))
	nestedStore(i * 1.0)
	ptrMapStore(pair{-i, i, "p"})
	commaOK(celsius(i))
	commaOK(quad{i, i, i, i})
	commaOKAny(i * 11)
	assignOK(celsius(i * 100))
	bind(pair{i, i + 1, str(i)})
}

func main() {
	for i := 0; i < 20; i++ {
		m[named(str(i))] = i
		m[str(i)] = -i
		m[pair{i, i + 1, str(i)}] = i * 3
	}
	arr := []int{1, 2, 3, 4, 5}
	for i := 0; i < 5; i++ {
		fmt.Println(lookup(named(str(arr[i]))), lookup2(str(next(i)), pair{i, next(i), str(i)}),
			same(pair{i, i, str(i)}, pair{i, i, str(next(i) - 1)}), asPair(pair{i, next(i), str(i)}),
			both(named(str(i)), func() int { return lookup(str(i)) }))
		for j := 0; lookup(named(str(j))) < i; j++ {
			fmt.Print(j, " ")
		}
		fmt.Println(lookup2(multi()))
	}
	for i := 1; i <= 3; i++ {
		oneF(i)
		smash(30)
	}
	for _, mm := range kept {
		smash(5)
		fmt.Println(mm)
	}
	for _, s := range keptS {
		smash(5)
		fmt.Println(s.String())
	}
	for _, f := range funcs {
		smash(5)
		fmt.Println("method value", f())
	}
	fmt.Println(keptAny...)
	c := make(chan int)
	for i := 1; i <= 3; i++ {
		func() { spawn(pair{i, 2 * i, str(i)}, c) }()
		smash(20)
		fmt.Println("go", <-c)
	}
	later(pair{4, 5, "six"})
}
