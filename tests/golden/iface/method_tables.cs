package main

// Interface calls go through per-type method tables indexed by selector;
// runtime-made error values (recovered run-time panics) have none and are
// found by name. This covers both, with promoted methods through embedded
// interfaces and pointers, method values and expressions, sort.Interface,
// errors wrapping and type switches against named, predeclared and
// unnamed types.

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Named interface{ Name() string }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string   { return "circle" }

type Labeled struct {
	Shape
	label string
}

type Deep struct{ *Labeled }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func try(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				msg = "recovered error: " + e.Error()
			} else {
				msg = fmt.Sprint("recovered: ", r)
			}
		}
	}()
	f()
	return "ok"
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Labeled{Rect{1, 1}, "l"}, Deep{&Labeled{&Circle{2}, "d"}}}
	for _, s := range shapes {
		f := s.Area
		fmt.Println(s.Name(), f(), Shape.Area(s), Named.Name(s))
		var n Named = s
		fmt.Println(n.Name())
		if l, ok := s.(Labeled); ok {
			fmt.Println("labeled", l.label, l.Area())
		}
		switch v := s.(type) {
		case Rect:
			fmt.Println("Rect", v.w)
		case *Circle:
			fmt.Println("*Circle", v.r)
		case fmt.Stringer:
			fmt.Println("stringer")
		default:
			fmt.Printf("%T\n", v)
		}
	}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	var e error = &myErr{3}
	fmt.Println(e.Error(), errors.Is(e, e), e)
	var w error = fmt.Errorf("wrap: %w", e)
	fmt.Println(w.Error(), errors.Unwrap(w).Error())
	var target *myErr
	fmt.Println(errors.As(w, &target), target.code)
	fmt.Println(try(func() {
		var a []int
		_ = a[3]
	}))
	fmt.Println(try(func() {
		var s Shape
		s.Area()
	}))
	fmt.Println(try(func() {
		var x interface{} = 3
		_ = x.(string)
	}))
	fmt.Println(try(func() {
		defer func() {
			r := recover()
			err := r.(error)
			panic(errors.New("again: " + err.Error()))
		}()
		var m map[string]int
		m["a"] = 1
	}))
	var sb strings.Builder
	var wr interface{ WriteString(string) (int, error) } = &sb
	wr.WriteString("hello")
	fmt.Println(sb.String())
	var i8 interface{} = int8(3)
	switch i8.(type) {
	case int:
		fmt.Println("int")
	case int8:
		fmt.Println("int8")
	}
	type local struct{ a int }
	var li interface{} = local{1}
	_, ok := li.(local)
	fmt.Println(ok)
	var sl interface{} = []int{1}
	_, ok = sl.([]int)
	fmt.Println(ok)
}
