// checks: %#v calls GoString (also on exported nested fields), %v String
package main

import "fmt"

type P struct{ X int }

func (p P) GoString() string { return "P!" }
func (p P) String() string   { return "p" }

type Q struct {
	A P
	b P
}

func main() {
	fmt.Printf("%v %#v %+v %s\n", P{1}, P{1}, P{1}, P{1})
	fmt.Printf("%#v %#v %v\n", Q{}, []P{{1}}, Q{})
}
