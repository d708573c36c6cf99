// A func literal may capture a variable named fn (the usual way to write a
// recursive func literal); the closure record's own code pointer must not
// clash with it.
package main

import "fmt"

func main() {
	var fn func(int) int
	fn = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fn(n-1)
	}
	fmt.Println(fn(10))
	fn_ := 3
	env := 4
	self := 5
	show := func() { fmt.Println(fn(3), fn_, env, self) }
	show()
}
