// checks: how fmt prints structs, pointers to structs, nested and nil fields
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	I  Inner
	P  *Inner
	S  []Inner
	M  map[string]int
	ok bool
}

func main() {
	o := Outer{I: Inner{1, "x"}, S: []Inner{{2, "y"}}, M: map[string]int{"k": 1}}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(&Inner{3, "z"})
	fmt.Printf("%+v\n", &Inner{4, "w"})
	fmt.Println([]*Inner{nil})
	fmt.Println(struct{}{}, struct{ X int }{5})
}
