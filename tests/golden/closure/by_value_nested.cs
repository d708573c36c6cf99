// checks: closures inside closures, deferred closures, method values and
// several closures sharing a variable that is never written after its
// declaration (each may hold a copy); recover in a function whose deferred
// closure captures such variables
package main

import (
	"errors"
	"fmt"
)

type point struct{ x, y int }

type inner struct{ v int }

type outer struct {
	*inner
	ref *point
	tag string
}

func (p point) later() func() int { return func() int { return p.x * 100 } }

func (p point) sum() int       { return p.x + p.y }
func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func adder(k int) func(int) func() int {
	return func(a int) func() int {
		b := a * 2
		return func() int {
			return func() int { return k + a + b }()
		}
	}
}

func deferred(label string, p point) (s string) {
	q := point{p.y, p.x}
	defer func() {
		s = fmt.Sprint(s, " deferred ", label, " ", p, q)
	}()
	defer func() {
		f := func() int { return p.sum() * q.sum() }
		s += fmt.Sprint(" prod=", f())
	}()
	return "body"
}

func safeDiv(a, b int) (q int, err error) {
	msg := fmt.Sprint("dividing ", a, " by ", b)
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(msg + ": " + fmt.Sprint(r))
		}
	}()
	return a / b, nil
}

func main() {
	f := adder(1)
	g, h := f(10), f(20)
	fmt.Println(g(), h(), g())

	fmt.Println(deferred("one", point{1, 2}))

	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))

	p := point{3, 4}
	sum := p.sum
	str := p.String
	get := func() point { return p }
	show := func() string { return fmt.Sprint(get(), sum(), str()) }
	fmt.Println(show())

	total := 0
	for i := 0; i < 3; i++ {
		v := i * 10
		defer func() { fmt.Println("deferred v", v) }()
		func() {
			inner := func() int { return v + 1 }
			total += inner()
		}()
	}
	fmt.Println("total", total)

	o := outer{&inner{1}, &point{5, 6}, "o"}
	fo := func() string { return fmt.Sprint(o.tag, o.v, *o.ref) }
	o.v = 2
	o.ref.y = 60
	fmt.Println(fo(), point{7, 0}.later()())

	words := []string{"a", "b"}
	appendTo := func(s []string) []string { return append(s, words...) }
	fmt.Println(appendTo(nil), appendTo([]string{"z"}), words)
}
