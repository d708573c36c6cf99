// A func-typed receiver passed on by a method that keeps it (Save, or the
// method value g.Print) leaks the func parameter it came from: the literal
// given to caller and caller2 must outlive setup's frame. caller3 only
// calls it, so its literal may stay on the stack.
package main

import "fmt"

type F func() int

var saved F
var savedM func()

func (f F) Save() { saved = f }
func (f F) Print() { fmt.Println("print", f()) }

func caller(g F)  { g.Save() }
func caller2(g F) { savedM = g.Print }
func caller3(g F) { g.Print() }

func setup(n int) {
	x := n * 2
	y := n * 3
	caller(func() int { return x + y })
	caller2(func() int { return x * y })
	caller3(func() int { return x - y })
}

func clobber(d int) int {
	var a [64]int
	for i := range a {
		a[i] = d * i
	}
	if d > 0 {
		return clobber(d-1) + a[d]
	}
	return a[3]
}

func main() {
	setup(7)
	fmt.Println(clobber(20))
	fmt.Println(saved())
	savedM()
}
