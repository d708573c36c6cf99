// checks: parallel assignment evaluates index operands and right side first
package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{10, 20, 30}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	i := 0
	i, s[i] = 1, 99
	fmt.Println(i, s)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	p, q := 1, 1
	for k := 0; k < 10; k++ {
		p, q = q, p+q
	}
	fmt.Println(p, q)
}
