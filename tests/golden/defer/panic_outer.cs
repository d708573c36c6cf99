// checks: a panic passes through functions whose deferred calls are
// open-coded and cannot recover (they all run, innermost first), is
// recovered in an outer frame, and everything works again afterwards;
// a panic inside a deferred call replaces the first (recovered value is
// the second); recursion with defers unwinds every level
package main

import (
	"errors"
	"fmt"
	"sync"
)

var mu sync.Mutex
var trail []string

func leaf(n int) int {
	mu.Lock()
	defer mu.Unlock()
	defer func() { trail = append(trail, fmt.Sprint("leaf ", n)) }()
	if n == 3 {
		panic(errors.New("leaf failed"))
	}
	return n * 2
}

func mid(n int) (r int) {
	defer func() { trail = append(trail, fmt.Sprint("mid ", n, " r=", r)) }()
	r = leaf(n) + 1
	return r
}

func top(n int) (v int, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	return mid(n), nil
}

func replace() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	defer func() { panic("second") }()
	defer fmt.Println("replace: runs first")
	panic("first")
}

func rec(depth int) {
	defer func() { trail = append(trail, fmt.Sprint("rec ", depth)) }()
	if depth == 0 {
		var p *struct{ x int }
		fmt.Println(p.x)
	}
	rec(depth - 1)
}

func catchRec() {
	defer func() { fmt.Println("catchRec:", recover()) }()
	rec(4)
}

func main() {
	for n := 1; n <= 4; n++ {
		v, err := top(n)
		fmt.Println(n, v, err)
	}
	fmt.Println(trail)
	mu.Lock()
	fmt.Println("mutex was unlocked by the deferred call")
	mu.Unlock()
	fmt.Println(replace())
	trail = nil
	catchRec()
	fmt.Println(trail)
}
