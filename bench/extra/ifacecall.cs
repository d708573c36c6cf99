package main

import (
	"fmt"
	"os"
	"strconv"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.w * r.h }
func (r Rect) Perimeter() float64  { return 2 * (r.w + r.h) }
func (c *Circle) Area() float64    { return 3.0 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6.0 * c.r }

type Visitor interface {
	Visit(n int) int
}

type adder struct{ k int }
type muler struct{ k int }

func (a adder) Visit(n int) int  { return n + a.k }
func (m *muler) Visit(n int) int { return (n * m.k) % 1000003 }

func describe(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	case Shape:
		return int(v.Area())
	case nil:
		return -1
	default:
		return 0
	}
}

func main() {
	n := 30000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	shapes := []Shape{Rect{2, 3}, &Circle{1.5}, Square{Rect{4, 4}}, Rect{1, 7}}
	area, per := 0.0, 0.0
	for i := 0; i < n; i++ {
		s := shapes[i&3]
		area += s.Area()
		per += s.Perimeter()
	}
	vs := []Visitor{adder{3}, &muler{7}, adder{11}}
	x := 1
	for i := 0; i < n; i++ {
		x = vs[i%3].Visit(x)
	}
	things := []interface{}{1, "hello", Rect{2, 5}, nil, 2.5, &Circle{2}}
	d := 0
	for i := 0; i < n/5; i++ {
		d += describe(things[i%len(things)])
	}
	asserted := 0
	for i := 0; i < n/5; i++ {
		if r, ok := shapes[i&3].(Rect); ok {
			asserted += int(r.w)
		}
	}
	var err error
	errs := 0
	for i := 0; i < n/10; i++ {
		if i%7 == 0 {
			err = fmt.Errorf("e%d", i%3)
		} else {
			err = nil
		}
		if err != nil {
			errs += len(err.Error())
		}
	}
	fmt.Printf("%.1f %.1f %d %d %d %d\n", area, per, x, d, asserted, errs)
}
