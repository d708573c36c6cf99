// checks: a deferred call's function value, receiver and arguments are
// evaluated at the defer statement; deferred method values and method
// calls on values and pointers; a defer in a goroutine
package main

import (
	"fmt"
	"sync"
)

type Acc struct{ name string; n int }

func (a Acc) Show(tag string) { fmt.Println(tag, a.name, a.n) }
func (a *Acc) Add(d int)     { a.n += d; fmt.Println("add", a.name, d, "->", a.n) }

func get(tag string, v int) int {
	fmt.Println("evaluating", tag)
	return v
}

func args() {
	x := 1
	f := func(tag string, v int) { fmt.Println("call", tag, v, "x now", x) }
	defer f("first", get("first", x))
	x = 2
	defer f("second", get("second", x))
	f = func(tag string, v int) { fmt.Println("replaced func", tag, v) }
	x = 3
	fmt.Println("body ends, x =", x)
}

func methods() {
	a := Acc{"a", 1}
	defer a.Show("value recv at defer:")
	show := a.Show
	defer show("method value:")
	p := &a
	defer p.Add(get("add arg", 10))
	add := p.Add
	defer add(100)
	a.n = 50
	a.name = "A"
	fmt.Println("body ends", a)
}

func main() {
	args()
	methods()
	var wg sync.WaitGroup
	results := make([]int, 4)
	var mu sync.Mutex
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			results[i] = i * i
			total += i
		}(i)
	}
	wg.Wait()
	fmt.Println(results, total)
}
