// checks: calls through interfaces that only a few types implement (csc
// tests for those types before the method table, gen_dispatch.c) still
// reach the dynamic type's method: value and pointer receivers, methods
// promoted through an embedded value and an embedded pointer, a nil
// interface (the arguments are evaluated before the panic), multiple
// results, a variadic method, a same-named method with another signature,
// method values, and a runtime error behind runtime.Error (a dynamic type
// the program never converts itself).
package main

import (
	"fmt"
	"runtime"
)

type Shape interface {
	Area() float64
	Scale(k float64) Shape
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Square struct{ Rect }
type Ring struct{ r float64 }
type Framed struct{ *Ring }

func (r Rect) Area() float64            { return r.w * r.h }
func (r Rect) Scale(k float64) Shape    { return Rect{r.w * k, r.h * k} }
func (c *Circle) Area() float64         { return 3 * c.r * c.r }
func (c *Circle) Scale(k float64) Shape { return &Circle{c.r * k} }
func (g *Ring) Area() float64           { return 2 * g.r }

// Area with another signature: Tri is no Shape.
type Tri struct{ b, h int }

func (t Tri) Area() int { return t.b * t.h / 2 }

type Counter interface {
	Add(xs ...int) (int, bool)
}

type sum struct{ total int }

func (s *sum) Add(xs ...int) (int, bool) {
	for _, x := range xs {
		s.total += x
	}
	return s.total, s.total > 10
}

type Named interface {
	Area() float64
	Name() string
}

func (s Square) Name() string { return "square" }
func (f Framed) Name() string { return "framed" }

func arg(s string) float64 {
	fmt.Println("evaluated", s)
	return 2
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{4, 4}}, Rect{1, 7}}
	total := 0.0
	for i := 0; i < 20; i++ {
		s := shapes[i%len(shapes)]
		total += s.Area() + s.Scale(2).Area()
	}
	fmt.Println("total", total)
	fmt.Println("tri", Tri{3, 4}.Area())

	var c Counter = &sum{}
	for i := 0; i < 3; i++ {
		n, big := c.Add(i, 4)
		fmt.Println("add", n, big)
	}
	n, big := c.Add()
	fmt.Println("add none", n, big)

	for _, nm := range []Named{Square{Rect{1, 2}}, Framed{&Ring{1}}, Square{Rect{3, 1}}} {
		fmt.Println(nm.Name(), nm.Area())
	}

	func() {
		defer func() { fmt.Println("nil *Ring recovered:", recover()) }()
		var nm Named = Framed{}
		fmt.Println("not reached", nm.Area())
	}()

	area := shapes[1].Area
	shapes[1] = Rect{9, 9}
	fmt.Println("method value", area(), shapes[1].Area())

	var nilShape Shape
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilShape.Scale(arg("scale"))
	}()

	func() {
		defer func() {
			re, ok := recover().(runtime.Error)
			fmt.Println("runtime.Error", ok, re.Error())
		}()
		var p *Circle
		fmt.Println(p.r)
	}()
}
