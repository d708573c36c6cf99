// checks: String/Error methods on nested values: slice elements, map keys
// and values, exported fields (called) and unexported fields (not called)
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "blue"
}

type Temp float64

func (t *Temp) String() string { return "ptr-temp" }

type Box struct {
	C     Color
	c     Color
	Err   error
	Items []Color
}

type Code int

func (c Code) Error() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	fmt.Println(Color(1), []Color{0, 1, 2})
	fmt.Println(map[Color]Color{0: 2, 1: 0})
	fmt.Printf("%v|%+v|%d|%s\n", Box{1, 1, nil, nil}, Box{2, 2, errors.New("boom"), []Color{1}}, Color(1), Color(2))
	t := Temp(1.5)
	fmt.Println(t, &t)
	fmt.Println([]error{Code(1), nil, errors.New("e")}, Code(7))
	fmt.Printf("%x %X %q\n", Color(1), Color(0), Color(2))
	var s fmt.Stringer = Color(0)
	fmt.Println(s)
	fmt.Printf("%v %d\n", []any{Color(1), Code(2), 3}, []any{Color(1), 3})
}
