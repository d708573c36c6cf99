// f(g()): g's results are f's arguments, converted to f's parameter
// types; a variadic f packs the results past its fixed parameters into
// its slice, so there may be many more results than parameters (csc
// wrote past the end of its argument array there). Direct calls,
// methods (value, pointer, interface, method value and expression),
// func values, closures, go and defer.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func pair() (int, int)                  { return 3, 4 }
func triple() (string, float64, bool)   { return "pi", 3.25, true }
func five() (int, int, int, int, int)   { return 1, 2, 3, 4, 5 }
func mixed() (string, int, bool, error) { return "m", 7, false, errors.New("boom") }
func labelled() (string, int, int, int) { return "sum", 10, 20, 30 }
func none() (string, string)            { return "", "" }
func wide() (int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, string, rune) {
	return -1, -2, -3, -4, 5, 6, 7, 8, 9.5, 10.25, "eleven", 'C'
}
func many() (int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int) {
	return 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
}

func add(a, b int) int                        { return a + b }
func show(s string, x float64, b bool) string { return fmt.Sprintf("%s=%v/%v", s, x, b) }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func count(xs ...int) int                 { return len(xs) }
func label(name string, xs ...int) string { return fmt.Sprint(name, ":", sum(xs...), "/", len(xs)) }
func boxes(s any, n any, b any, e error) string {
	return fmt.Sprintf("%v %v %v %v", s, n, b, e)
}
func anys(xs ...any) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%T(%v)", x, x)
	}
	return strings.Join(parts, " ")
}
func joined(sep string, parts ...string) string { return strings.Join(parts, sep) + "|" }
func widen(a int8, b int16, c int32, d int64, e uint8, f uint16, g uint32, h uint64, i float32, j float64, k string, l rune) string {
	return fmt.Sprint(int64(a)+int64(b)+int64(c)+d, uint64(e)+uint64(f)+uint64(g)+h, float64(i)+j, k, string(l))
}

type acc struct{ total int }

func (a acc) plus(x, y int) int { return a.total + x + y }
func (a *acc) addAll(xs ...int) { a.total += sum(xs...) }
func (a *acc) tag(s string, n, m, k int) string {
	return fmt.Sprint(s, a.total+n+m+k)
}
func self(a acc, x int) (acc, int) { return a, x }
func (a acc) scaled(k int) int     { return a.total * k }

type adder interface {
	plus(x, y int) int
}

func main() {
	fmt.Println(add(pair()))
	fmt.Println(show(triple()))
	fmt.Println(sum(pair()), sum(five()), sum(many()))
	fmt.Println(count(pair()), count(five()), count(many()))
	fmt.Println(label(labelled()), label(pair2()))
	fmt.Println(boxes(mixed()))
	fmt.Println(anys(mixed()))
	fmt.Println(anys(wide()))
	fmt.Println(anys(many()))
	fmt.Println(widen(wide()))
	fmt.Println(joined(none()), joined(strs()))
	fmt.Println(five())
	fmt.Println(many())
	fmt.Println(wide())

	// methods
	a := acc{total: 100}
	fmt.Println(a.plus(pair()))
	p := &a
	p.addAll(five())
	p.addAll(many())
	fmt.Println(a.total, p.tag(labelled()))
	var ad adder = a
	fmt.Println(ad.plus(pair()))
	mv := a.plus
	fmt.Println(mv(pair()))
	fmt.Println(acc.scaled(self(a, 2)))

	// func values and closures
	fv := sum
	fmt.Println(fv(many()))
	base := 1000
	cl := func(xs ...int) int { return base + sum(xs...) }
	fmt.Println(cl(five()))
	fmt.Println(func(x, y int) int { return x * y }(pair()))

	// nested: a spread call's result is another call's argument
	fmt.Println(add(add(pair()), sum(five())))

	// go and defer evaluate g() at the statement
	done := make(chan int)
	go func(xs ...int) { done <- sum(xs...) }(many())
	fmt.Println(<-done)
	deferred()
}

func pair2() (string, int)                   { return "one", 1 }
func strs() (string, string, string, string) { return "-", "a", "b", "c" }

func deferred() {
	n := 0
	tick := func() (int, int, int, int) { n++; return n, n * 10, n * 100, n * 1000 }
	defer func(xs ...int) { fmt.Println("deferred", xs) }(tick())
	defer fmt.Println(tick())
	fmt.Println("calls so far", n)
}
