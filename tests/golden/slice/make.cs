// checks: make with len and cap, zeroed elements
package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]string, 2, 5)
	c := make([]bool, 0, 4)
	fmt.Println(a, len(a), cap(a))
	fmt.Printf("%q %d %d\n", b, len(b), cap(b))
	fmt.Println(c, len(c), cap(c))
	b = b[:4]
	b[3] = "x"
	fmt.Printf("%q\n", b)
	n := 4
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, i)
	}
	fmt.Println(m)
}
