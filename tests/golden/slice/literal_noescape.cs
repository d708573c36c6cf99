// checks: slice literals indexed as values, ranged over or passed to
// len/cap (kept off the heap by csc) keep Go's semantics: element order,
// side effects, bounds panics, range copying, goroutines; addressed
// elements still work
package main

import (
	"fmt"
	"sync"
)

type pt struct{ x, y int }

func (p pt) sum() int { return p.x + p.y }
func (p *pt) bump()   { p.x += 100 }

var trace []string

func f(tag string, v int) int {
	trace = append(trace, tag)
	return v
}

func show(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func index(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return []int{5, 10, 25, 50}[i]
}

func indexStack(i, a, b int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return []int{a, b, a + b}[i]
}

func elemPanicFirst(s []int, j, k int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println([]int{1, s[j]}[k])
}

func indexing() {
	for i := 0; i < 5; i++ {
		fmt.Print(index(i), " ")
	}
	fmt.Println()
	fmt.Println(indexStack(2, 3, 4), indexStack(3, 3, 4), indexStack(-1+1, 7, 8))
	for i := uint64(0); i < 3; i++ {
		fmt.Print([]string{"a", "bb", "ccc"}[i], []float64{1.5, -2, 3e10}[i], []bool{true, false, true}[i], " ")
	}
	fmt.Println()
	dirs := 0
	for i := 0; i < 4; i++ {
		dirs = dirs*10 + [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}[i][1] + 1
	}
	fmt.Println("dirs", dirs)
	fmt.Println([]pt{{1, 2}, {3, 4}}[1], []pt{{1, 2}, {3, 4}}[0].sum(), []pt{{x: 9}}[0].y)
	fmt.Println([]int{3: 7, 1: 2}[3], []int{3: 7, 1: 2}[0], []string{2: "z"}[1] == "")
	k := 1
	fmt.Println([]interface{}{1, "two", 3.0}[k], []any{nil, k}[0] == nil)
	x := 42
	fmt.Println(*[]*int{nil, &x}[1])
	fmt.Println([]int{f("a", 1), f("b", 2), f("c", 3)}[f("i", 2)])
	show("index order")
	v := []int{f("a", 10), 20}[1] + []int{f("b", 30)}[0]
	fmt.Println(v)
	show("two literals")
	elemPanicFirst([]int{1}, 3, 9)
	for i := 0; i < 3; i++ {
		fmt.Print([]int{i, i * i, -i}[i], " ")
	}
	fmt.Println()
	fmt.Println([]byte{'h', 'i'}[1], [][]int{{1}, {2, 3}}[1][1], []func(int) int{func(n int) int { return n * 2 }}[0](21))
	big := 3
	fmt.Println([][300]int{{big}, {1: big}}[1][1])
	defer fmt.Println("deferred", []string{"x", "y"}[k])
}

func addressed() {
	p := &[]int{1, 2, 3}[1]
	*p += 40
	fmt.Println(*p)
	[]int{1, 2}[0] = 5
	[]int{1, 2}[1]++
	q := []pt{{1, 2}}
	[]pt{{1, 2}}[0].bump()
	fmt.Println(q[0])
	r := &[]pt{{7, 8}}[0]
	r.bump()
	fmt.Println(*r, r.sum())
	s := [][2]int{{1, 2}}[0][:]
	s[0] = 9
	fmt.Println(s)
}

var k0 = 7

func ranging() {
	for _, d := range []string{"n", "e", "s", "w"} {
		fmt.Print(d)
	}
	fmt.Println()
	n := 2
	for i, v := range []int{n, n * 10, f("r", 7)} {
		n = 100 // the literal was evaluated once, before the loop
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(n)
	show("range elems")
	for _, dir := range [][2]int{{0, 1}, {1, 0}} {
		for _, m := range []int{dir[0], dir[1], 5} {
			fmt.Print(m)
		}
		fmt.Print("|")
	}
	fmt.Println()
	var fs []func() string
	for _, s := range []string{"p", "q", "r"} {
		fs = append(fs, func() string { return s })
		if s == "q" {
			continue
		}
		if s == "z" {
			break
		}
	}
	for _, g := range fs {
		fmt.Print(g())
	}
	fmt.Println()
	var ptrs []*string
	for i := range []string{"a", "b", fmt.Sprint(f("k", 1)) + "c"} {
		ptrs = append(ptrs, nil)
		_ = i
	}
	fmt.Println(len(ptrs))
	show("range key only")
	total := 0
	for _, p := range []pt{{1, 2}, {3, 4}, {x: 5}} {
		p.x *= 2
		total += p.sum()
	}
	fmt.Println("total", total)
	for _, e := range []any{1, "s", 2.5, nil} {
		fmt.Print(e, ";")
	}
	fmt.Println()
	for i, v := range []int{4: 1, 2: 3} {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for j, g := range []func() int{func() int { return k0 }, func() int { return 2 }} {
		fmt.Print(j, g(), " ")
	}
	fmt.Println([]int{3: k0, 1: k0 + 1}[3], []int{3: k0, 1: k0 + 1}[0], []int{3: k0, 1: k0 + 1}[1])
	for range []int{f("once", 1)} {
	}
	show("range no vars")
}

func lengths() {
	fmt.Println(len([]int{1, 2, 3}), cap([]string{"a"}), len([]int{9: 1}), len([]int{}))
	fmt.Println(len([]int{f("l1", 1), f("l2", 2)}), cap([]pt{{f("c", 1), 2}}))
	show("len effects")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var s []int
		fmt.Println(len([]int{s[0]}))
	}()
}

func goroutines() {
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				sums[g] += []int{1, 2, 3, g}[i%4]
				for _, d := range []int{g, i % 3} {
					sums[g] += d
				}
				sums[g] += len([]int{g, i})
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sums)
	ch := make(chan int)
	for _, v := range []int{10, 20, 30} {
		go func() { ch <- v }() // Go 1.19: one v per loop; the value, never the array
		<-ch
	}
	fmt.Println("goroutines done")
}

func main() {
	indexing()
	addressed()
	ranging()
	lengths()
	goroutines()
	fmt.Println([]int{1, 2}[f("last", 2)])
}
