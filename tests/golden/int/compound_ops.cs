// checks: every op= form and ++/-- on variables, fields, elements
package main

import "fmt"

type S struct{ N int }

func main() {
	x := 100
	x += 5
	x -= 3
	x *= 2
	x /= 4
	x %= 7
	fmt.Println(x)
	s := S{1}
	s.N += 10
	s.N++
	arr := []int{1, 2, 3}
	arr[1] *= 5
	arr[2]--
	m := map[string]int{}
	m["k"] += 4
	m["k"]++
	p := &s
	p.N <<= 1
	fmt.Println(s, arr, m["k"])
}
