// checks: recover stops a panic only when the deferred function itself
// calls it (directly deferred funcs, methods, func and method values),
// not from a helper that function calls
package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t *T) rescue() {
	if r := recover(); r != nil {
		fmt.Println(t.name, "method recovered:", r)
	}
}

func helper() interface{} { return recover() }

func direct() {
	if r := recover(); r != nil {
		fmt.Println("direct recovered:", r)
	}
}

func viaHelper() (err error) {
	defer func() {
		if r := helper(); r != nil {
			err = errors.New("helper recovered")
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("closure recovered:", r)
			panic("again")
		}
	}()
	panic("first")
}

func wrapped() {
	defer func() {
		fmt.Println("outer closure sees", recover())
	}()
	defer func() { direct() }()
	panic("p2")
}

func main() {
	func() {
		defer direct()
		panic("p1")
	}()
	func() {
		t := &T{"t"}
		defer t.rescue()
		panic("p3")
	}()
	func() {
		f := direct
		defer f()
		panic("p4")
	}()
	func() {
		t := &T{"mv"}
		m := t.rescue
		defer m()
		panic("p5")
	}()
	wrapped()
	func() {
		defer func() { fmt.Println("final", recover()) }()
		fmt.Println(viaHelper())
	}()
	fmt.Println("helper outside panic:", helper())
}
