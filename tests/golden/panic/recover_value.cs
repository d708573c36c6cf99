// checks: recover returns the panic value of any type
package main

import (
	"errors"
	"fmt"
)

func try(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() { panic("a string") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() { panic(fmt.Sprintf("formatted %d", 7)) }))
	fmt.Println(try(func() {}))
	v := try(func() { panic(3.5) })
	fmt.Printf("%T %v\n", v, v)
}
