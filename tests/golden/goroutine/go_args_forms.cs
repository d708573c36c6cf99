// checks: the forms of go statement whose arguments the new goroutine
// receives by copy: literals with and without captures, arguments or
// results, variadic calls, interface and method-value calls, builtins, a
// big block, a closure made inside the goroutine that outlives it, and
// arguments later changed by the caller.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type shape interface{ area(scale int) int }

type rect struct{ w, h int }

func (r rect) area(scale int) int { return r.w * r.h * scale }

type wide struct {
	vals [12]int64
	name string
}

var out = make(chan string, 100)

func sum(label string, xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	out <- fmt.Sprint(label, " ", t)
}

func twice(x int) (int, int) {
	out <- fmt.Sprint("twice ", x)
	return x, x
}

func main() {
	n := 3
	go func() { out <- "no captures, no args" }()
	go func(a, b int) { out <- fmt.Sprint("args only ", a+b) }(1, 2)
	go func() { out <- fmt.Sprint("capture ", n) }()
	go func(s string) int { out <- "result dropped " + s; return 1 }("x")
	go sum("variadic", 1, 2, 3, 4)
	xs := []int{5, 6}
	go sum("spread", xs...)
	var sh shape = rect{2, 3}
	go func(v int) { out <- fmt.Sprint("iface ", v) }(sh.area(1))
	go sh.area(10)
	f := rect{4, 5}.area
	go f(2)
	go twice(7)
	var w wide
	for i := range w.vals {
		w.vals[i] = int64(i * i)
	}
	w.name = "wide"
	go func(w wide, k int) {
		t := int64(0)
		for _, v := range w.vals {
			t += v
		}
		out <- fmt.Sprint(w.name, " ", t, " ", k, " ", n)
	}(w, 9)
	w.name = "changed"
	ch := make(chan int)
	go close(ch)
	_, open := <-ch
	out <- fmt.Sprint("closed ", !open)

	// closures made inside goroutines, called after those have exited and
	// their Gs have been reused by new goroutines
	made := make(chan func() int, 8)
	for i := 0; i < 8; i++ {
		v := i * 11
		go func(k int) { made <- func() int { return v + k } }(i)
	}
	fs := []func() int{}
	for i := 0; i < 8; i++ {
		fs = append(fs, <-made)
	}
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(a, b, c, d, e int) { wg.Done() }(i, i, i, i, i)
	}
	wg.Wait()
	runtime.GC()
	got := []int{}
	for _, g := range fs {
		got = append(got, g())
	}
	sort.Ints(got)
	out <- fmt.Sprint("closures ", got)

	var lines []string
	for len(lines) < 11 {
		lines = append(lines, <-out)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
