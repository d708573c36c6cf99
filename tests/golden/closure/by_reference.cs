// checks: closures capture variables, not values
package main

import "fmt"

func main() {
	x := 1
	show := func() { fmt.Println("x =", x) }
	x = 2
	show()
	inc := func() { x++ }
	inc()
	inc()
	show()
	fmt.Println(x)
	get, set := pair()
	set(42)
	fmt.Println(get())
}

func pair() (func() int, func(int)) {
	v := 0
	return func() int { return v }, func(n int) { v = n }
}
