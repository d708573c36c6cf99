// checks: captured variables that are written, or whose address is taken,
// stay shared with their closures: assignment after and before capture,
// op=, ++, a redeclaring :=, range variables (one per loop in Go 1.19),
// fields and array elements, pointer-receiver methods, &x and x[:],
// named results changed by deferred closures, big values
package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc()    { c.n++ }
func (c counter) get() int { return c.n }

type big struct {
	vals [40]int
}

func twice() (int, error) { return 2, nil }

func named() (n int, s string) {
	defer func() { n *= 10; s += "!" }()
	n, s = 4, "hi"
	return
}

func namedUnwritten() (n int) {
	defer func() { n++ }()
	return 41
}

func main() {
	a := 1
	fa := func() int { return a }
	a = 2
	fmt.Println("after", fa())

	b := 1
	b = 5
	fb := func() int { return b }
	fmt.Println("before", fb())

	c := 10
	fc := func() int { return c }
	c += 5
	fmt.Println("op=", fc())

	d := 0
	fd := func() int { return d }
	d++
	fmt.Println("++", fd())

	e, err := 1, error(nil)
	fe := func() int { return e }
	e, err2 := twice()
	fmt.Println(":=", fe(), err, err2)

	var fs []func() int
	for i, v := range []int{7, 8, 9} {
		fs = append(fs, func() int { return i*100 + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var keys []func() string
	m := map[string]int{"only": 1}
	for k := range m {
		keys = append(keys, func() string { return k })
	}
	fmt.Println(keys[0]())

	type pt struct{ x, y int }
	s := pt{1, 2}
	fs1 := func() pt { return s }
	s.x = 9
	fmt.Println("field", fs1())

	arr := [3]int{1, 2, 3}
	farr := func() int { return arr[0] + arr[1] + arr[2] }
	arr[1] = 20
	fmt.Println("elem", farr())

	cnt := counter{}
	fcnt := func() int { return cnt.get() }
	cnt.inc()
	cnt.inc()
	fmt.Println("ptr method", fcnt())

	cnt2 := counter{}
	bump := cnt2.inc
	fget := func() int { return cnt2.n }
	bump()
	fmt.Println("method value", fget())

	x := 3
	px := &x
	fx := func() int { return x }
	*px = 30
	fmt.Println("addr", fx())

	buf := [2]int{1, 1}
	sl := buf[:]
	fbuf := func() [2]int { return buf }
	sl[0] = 5
	fmt.Println("slice", fbuf())

	var bg big
	bg.vals[0] = 1
	fbg := func() int { return bg.vals[0] + bg.vals[39] }
	pb := &bg
	pb.vals[39] = 100
	fmt.Println("big", fbg())

	w := 1
	inner := func() func() int {
		return func() int { w++; return w }
	}()
	fmt.Println("nested write", inner(), inner(), w)

	fmt.Println(named())
	fmt.Println(namedUnwritten())

	var later func() int
	later = func() int { return 1 }
	flater := func() int { return later() }
	later = func() int { return 2 }
	fmt.Println("func var", flater())

	for _, v := range []int{1, 2, 3} {
		defer func() { fmt.Println("range defer", v) }()
	}
}
