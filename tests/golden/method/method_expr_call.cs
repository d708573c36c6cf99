package main

import "fmt"

// Method expressions called directly: T.M(x), (*T).M(p), I.M(x).

type Shape interface{ Area() float64 }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64     { return r.w * r.h }
func (r *Rect) Scale(k float64) { r.w *= k }

func main() {
	r := Rect{2, 3}
	fmt.Println(Rect.Area(r))
	(*Rect).Scale(&r, 2)
	fmt.Println(r, (*Rect).Area(&r))
	var s Shape = r
	fmt.Println(Shape.Area(s))
	f := Shape.Area
	fmt.Println(f(Rect{1, 5}))
	defer fmt.Println("deferred", Rect.Area(Rect{3, 3}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *Rect
		(*Rect).Scale(p, 2)
	}()
}
