package main

// Function literals passed straight to func parameters that are only
// called keep their closure records in the caller's frame; literals
// passed to parameters that leak (stored, returned, captured, run by a
// goroutine or deferred) must keep working after the call returns.

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func apply(n int, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

// forward passes f on to a non-leaking parameter, and recurses.
func forward(depth int, f func(int)) {
	if f == nil {
		return
	}
	if depth == 0 {
		apply(3, f)
		return
	}
	forward(depth-1, f)
}

var saved []func() int

func keep(f func() int) { saved = append(saved, f) }

func wrap(f func() int) func() int {
	return func() int { return f() * 10 }
}

func later(f func() int) <-chan int {
	ch := make(chan int, 1)
	go func() { ch <- f() }()
	return ch
}

func deferred(f func()) {
	defer f()
	fmt.Println("deferred: body")
}

type runner struct{ fs []func() }

func (r *runner) add(f func()) { r.fs = append(r.fs, f) }

func (r *runner) call(f func() string) string { return "<" + f() + ">" }

func main() {
	sum := 0
	apply(5, func(i int) { sum += i * i })
	fmt.Println("apply:", sum)

	for round := 0; round < 3; round++ {
		local := round * 100
		apply(2, func(i int) { local += i + 1 })
		fmt.Println("round", round, local)
	}

	var seen []int
	forward(4, func(i int) { seen = append(seen, i*7) })
	forward(1, nil)
	fmt.Println("forward:", seen)

	for i := 0; i < 3; i++ {
		x := i
		keep(func() int { return x * x })
	}
	w := wrap(func() int { return len(saved) })
	ch := later(func() int { return sum + 1 })
	for _, f := range saved {
		fmt.Print(f(), " ")
	}
	fmt.Println("wrapped:", w(), "later:", <-ch)

	deferred(func() { fmt.Println("deferred: ran") })

	r := &runner{}
	for i := 0; i < 2; i++ {
		name := fmt.Sprint("job", i)
		r.add(func() { fmt.Println("runner:", name) })
	}
	for _, f := range r.fs {
		f()
	}
	fmt.Println(r.call(func() string { return strings.Repeat("ab", 2) }))

	words := []string{"apple", "banana", "cherry", "damson", "elder", "fig"}
	for _, target := range []string{"cherry", "coconut", "zzz"} {
		i := sort.Search(len(words), func(k int) bool { return words[k] >= target })
		fmt.Println("search", target, i)
	}

	var once sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		once.Do(func() { calls += 10 + i })
	}
	fmt.Println("once:", calls)

	var wg sync.WaitGroup
	var mu sync.Mutex
	var lazy sync.Once
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			lazy.Do(func() { mu.Lock(); total += 1000; mu.Unlock() })
			mu.Lock()
			total += g
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	fmt.Println("goroutines:", total)

	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("first call panics") })
	}()
	o2.Do(func() { fmt.Println("not printed") })
	fmt.Println("done")
}
