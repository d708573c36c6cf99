// checks: == and != on arrays, arrays of arrays and arrays as map keys
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	g := [2][2]string{{"a", "b"}, {"c", "d"}}
	h := g
	fmt.Println(g == h)
	h[1][1] = "x"
	fmt.Println(g == h)
	m := map[[2]int]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(m[[2]int{1, 2}], len(m))
}
