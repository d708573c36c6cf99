// checks: named types over basic types, conversions between them
package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type ID int
type Names []string

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	c := Celsius(100)
	f := CToF(c)
	fmt.Println(c, f)
	fmt.Printf("%T %T\n", c, f)
	var id ID = 7
	n := int(id) + 1
	fmt.Println(id, n)
	ns := Names{"a", "b"}
	ns = append(ns, "c")
	fmt.Println(ns, len(ns))
	fmt.Printf("%T\n", ns)
}
