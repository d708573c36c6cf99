// checks: recover() in `defer func() {...}()` literals (compiled without
// the stack walk that tells a direct call): a literal nested in the
// deferred one does not recover; a deferred literal in a function that
// returns normally while another panic is under way gets nil; deferred
// literals in a loop, in goroutines, re-panicking to an outer literal,
// and a literal deferred by a deferred call recovering that call's panic
package main

import (
	"fmt"
	"sync"
)

func nested() {
	defer func() { fmt.Println("outer got:", recover()) }()
	func() {
		defer func() {
			func() { fmt.Println("nested got:", recover()) }()
		}()
		panic("A")
	}()
}

func quiet() {
	defer func() { fmt.Println("quiet got:", recover()) }()
}

func duringPanic() {
	defer func() { fmt.Println("duringPanic got:", recover()) }()
	defer func() { quiet() }()
	panic("B")
}

func inLoop(n int) (caught int) {
	for i := 0; i < n; i++ {
		defer func() {
			if r := recover(); r != nil {
				caught++
				if caught < 3 {
					panic(fmt.Sprint("again ", caught))
				}
			}
		}()
	}
	panic("C")
}

func repanic() (s string) {
	defer func() { s = fmt.Sprint("repanic got: ", recover()) }()
	defer func() { panic(fmt.Sprint("wrapped ", recover())) }()
	panic("D")
}

func deferredDefers() (s string) {
	defer func() { s += fmt.Sprint(" outer got: ", recover()) }()
	defer func() {
		defer func() { s = fmt.Sprint("inner got: ", recover()) }()
		panic("E")
	}()
	return "normal"
}

func noPanic() (r interface{}) {
	defer func() { r = recover() }()
	return "kept"
}

func main() {
	nested()
	duringPanic()
	fmt.Println("inLoop:", inLoop(5))
	fmt.Println(repanic())
	fmt.Println(deferredDefers())
	fmt.Println("noPanic:", noPanic())
	var wg sync.WaitGroup
	got := make([]interface{}, 4)
	for i := range got {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { got[i] = recover() }()
			var m map[int]int
			if i%2 == 0 {
				m[i] = i
			}
			panic(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(got)
}
