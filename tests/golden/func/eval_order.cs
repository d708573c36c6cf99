// checks: operands and call arguments are evaluated left to right
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func three(a, b, c int) int { return a + b + c }

func main() {
	x := t("a", 1) + t("b", 2)*t("c", 3)
	y := three(t("p", 1), t("q", 2), t("r", 3))
	s := []int{t("s0", 0), t("s1", 1)}
	m := map[int]int{t("k", 1): t("v", 2)}
	fmt.Println(x, y, s, m)
	fmt.Println(trace)
}
