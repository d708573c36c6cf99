// Unnamed struct types in interfaces are equal only when their field
// names match too: an embedded alias names its field after the alias.
package main

import "fmt"

type Int = int
type A = struct{ int }
type B = struct{ Int }

func main() {
	var x, y interface{} = A{}, B{}
	fmt.Println(x == y, x == interface{}(A{}))
	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type D = int32
		y = struct{ D }{}
	}
	fmt.Println(x == y)
	var p, q interface{} = struct{ a, b int }{1, 2}, struct{ b, a int }{1, 2}
	fmt.Println(p == q, p == interface{}(struct{ a, b int }{1, 2}))
}
