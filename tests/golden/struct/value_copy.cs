// checks: struct assignment and parameter passing copy the value
package main

import "fmt"

type P struct {
	Name string
	Tags []string
	Age  int
}

func older(p P) P {
	p.Age++
	return p
}

func main() {
	a := P{"ann", []string{"x"}, 30}
	b := a
	b.Name = "bob"
	b.Tags[0] = "shared"
	c := older(a)
	fmt.Println(a, b, c)
	fmt.Printf("%+v\n", c)
}
