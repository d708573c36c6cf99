// checks: var groups, several names per spec, zero values
package main

import "fmt"

var (
	a    int
	b    = "str"
	c, d = 1, 2.5
	e    bool
	f    float64
	g    string
)

var h, i int = 3, 4

func main() {
	fmt.Println(a, b, c, d, e, f, h, i)
	fmt.Printf("%q\n", g)
	var (
		x = a + c
		y = x * 2
	)
	fmt.Println(x, y)
}
