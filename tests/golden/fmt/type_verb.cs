// checks: %T and %v on named types, errors, functions and channels
package main

import (
	"errors"
	"fmt"
)

type Name string
type Num int
type Rec struct{ N Num }

func main() {
	fmt.Printf("%T %v\n", Name("x"), Name("x"))
	fmt.Printf("%T %v\n", Num(3), Num(3))
	fmt.Printf("%T %v %+v\n", Rec{4}, Rec{4}, Rec{4})
	fmt.Printf("%T\n", errors.New("e"))
	fmt.Printf("%T %T\n", fmt.Errorf("x"), []error{})
	var i interface{}
	fmt.Printf("%T %v\n", i, i)
	fmt.Printf("%v %d\n", Num(5), Name("y"))
}
