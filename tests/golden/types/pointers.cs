// checks: &x, *p, new, pointers to locals outliving the frame
package main

import "fmt"

func newInt(v int) *int {
	x := v
	return &x
}

func inc(p *int) { *p++ }

func main() {
	a := 1
	p := &a
	*p = 5
	fmt.Println(a, *p, p == &a)
	inc(&a)
	fmt.Println(a)
	q := newInt(10)
	r := newInt(10)
	fmt.Println(*q, *r, q == r)
	n := new(int)
	*n += 3
	fmt.Println(*n)
	pp := &p
	**pp = 42
	fmt.Println(a)
	var nilp *int
	fmt.Println(nilp == nil)
}
