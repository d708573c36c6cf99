// checks: automatic semicolon insertion after ident, literal, ) ] } ++ -- return
package main

import "fmt"

func f() int {
	return 7
}

func g(a,
	b int,
) int {
	return a +
		b
}

func main() {
	x := []int{
		1,
		2,
	}
	x[0]++
	x[1]--
	fmt.Println(x, f(), g(
		3,
		4,
	))
	s := fmt.
		Sprint("dot at line end")
	fmt.Println(s); fmt.Println("two statements on one line")
	if y := 1; y > 0 { fmt.Println("one-line if") }
}
