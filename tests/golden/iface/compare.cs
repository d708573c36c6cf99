// checks: interface values compare by dynamic type and value
package main

import "fmt"

type A int
type B int

func main() {
	var x, y interface{} = 1, 1
	fmt.Println(x == y)
	x, y = A(1), B(1)
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y, x != nil)
	var e1, e2 error
	fmt.Println(e1 == e2)
	m := map[interface{}]string{1: "int", "1": "string", A(1): "A"}
	fmt.Println(m[1], m["1"], m[A(1)], len(m))
}
