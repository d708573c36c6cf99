package main

import "fmt"

var trace []string

func t(s string, v int) int { trace = append(trace, s); return v }

// Go calls the functions in the index operands on the left of an
// assignment before those on the right (spec: Order of evaluation).
func main() {
	arr := []int{0, 0, 0}
	arr[t("idx", 1)] = t("val", 5)
	m := map[int]int{}
	m[t("k", 1)] = t("v", 2)
	m[t("k2", 1)] += t("v2", 2)
	arr[t("i3", 2)] += t("v3", 1)
	fmt.Println(arr, m, trace)
}

func init() {
	a, b := []int{1, 2}, 0
	a[t("pi", 0)], b = t("pv", 3), t("pb", 4)
	fmt.Println(a, b)
}
