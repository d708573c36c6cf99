package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var s Shape = Sq{3}
	area := s.Area
	s = nil
	fmt.Println(area())
	try("nil shape", func() {
		f := s.Area
		fmt.Println("not reached", f != nil)
	})
	var e error
	try("nil error", func() { _ = e.Error })
	e = errors.New("boom")
	msg := e.Error
	e = nil
	fmt.Println(msg())
	var st fmt.Stringer
	fmt.Println(st == nil)
	get := st.String
	fmt.Println("never", get)
}
