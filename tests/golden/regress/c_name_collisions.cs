// Identifiers with underscores must not collide in C: func T_M and
// method T.M, type a_b and method a.b, and names like generated helpers
// (f_more_, f_open_, f_func1).
package main

import (
	"fmt"
	"os"
)

type T struct{ x int }

func (t T) M() int { return t.x }

func T_M() int { return 42 }

type a_b struct{ y int }

type a struct{}

func (a) b() string { return "a.b" }

var g_1 = 7
var g = 8

func inc(p *int) {
	defer func() { *p++ }()
	*p++
}

func inc_open_() int { return 1 }
func inc_more_() int { return 2 }
func inc_func1() int { return 3 }

func _x() int { return 5 }

type Shape_ interface{ Area() int }
type sq_ struct{ s int }

func (q sq_) Area() int { return q.s * q.s }

func bad_func() {
	var m map[string]int
	m["x"] = 1
}

func main() {
	x := 0
	inc(&x)
	fmt.Println(x, inc_open_(), inc_more_(), inc_func1(), _x(), T{3}.M(), T_M(), g_1, g)
	fmt.Println(a{}.b(), a_b{4}.y)
	var s Shape_ = sq_{3}
	fmt.Printf("%T %v %d\n", s, s, s.Area())
	fmt.Printf("%T %+v\n", a_b{5}, a_b{5})
	if len(os.Args) > 1 {
		bad_func()
	}
}
