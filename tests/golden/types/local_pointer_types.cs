// Local and package types reached through pointers and named arrays:
// C typedefs must come after what they point to, and a named array type
// shares its underlying array's representation.
package main

import "fmt"

type OutputID [4]interface{}

func ids(x int) [4]interface{} {
	var out [4]interface{}
	out[0] = x
	return out
}

func get() OutputID { return ids(7) }

type MyInt int

// An unnamed receiver and an unnamed parameter.
func (MyInt) m(*OutputID) int { return 1 }

// Blank named results are zero values that a bare return yields.
func blank() (_ string, x float64, err error) {
	x = 2.5
	return
}

func main() {
	type T struct{ a, b int }
	type P *T
	var p P = &T{1, 2}
	fmt.Println(p.a, p.b)

	a := get()
	fmt.Println(a == ids(7), a != ids(8), a[0])
	var b [4]interface{} = a
	a = b
	fmt.Println(len(a), b[0])

	fmt.Println(MyInt(3).m(&a))
	s, x, err := blank()
	fmt.Printf("%q %v %v\n", s, x, err)
}
