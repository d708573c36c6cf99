package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string    { return fmt.Sprintf("Circle(%g)", c.R) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func main() {
	var shapes []Shape
	for i := 0; i < 300000; i++ {
		switch i % 3 {
		case 0:
			shapes = append(shapes, Rect{float64(i % 7), float64(i % 11)})
		case 1:
			shapes = append(shapes, &Circle{float64(i % 5)})
		case 2:
			shapes = append(shapes, NewSquare(float64(i%13)))
		}
	}
	area, per := 0.0, 0.0
	counts := map[string]int{}
	for _, s := range shapes {
		area += s.Area()
		per += s.Perimeter()
		switch v := s.(type) {
		case Rect:
			counts["rect"]++
		case *Circle:
			if v.R > 3 {
				counts["bigcircle"]++
			}
		case Square:
			counts["square"]++
		}
	}
	fmt.Printf("%.3f %.3f %v\n", area, per, counts)
	fmt.Println(shapes[1], shapes[0], shapes[2])
	var st fmt.Stringer = &Circle{2}
	fmt.Println(st)
	if _, ok := shapes[0].(fmt.Stringer); !ok {
		fmt.Println("Rect is not a Stringer")
	}
}
