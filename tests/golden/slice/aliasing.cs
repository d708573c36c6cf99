// checks: slices share a backing array until append reallocates
package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := a[:2]
	b[0] = 7
	fmt.Println(a, b)
	b = append(b, 8)
	fmt.Println(a, b)
	c := append(a, 9)
	d := append(a, 10)
	fmt.Println(c[3], d[3])
	full := []int{1, 2, 3}
	e := append(full, 4)
	e[0] = 100
	fmt.Println(full, e)
	modify(full)
	fmt.Println(full)
}

func modify(s []int) {
	s[2] = 33
	s = append(s, 44)
	s[0] = 11
}
