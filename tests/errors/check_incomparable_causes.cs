package main

type Inner struct{ m map[string]int }
type Outer struct {
	n int
	i Inner
}
type Arr [2][]int

func main() {
	var a, b Outer
	println(a == b)
	var x, y Arr
	println(x == y)
	var p, q [3]Inner
	println(p == q)
	var s, t struct{ f func() }
	println(s == t)
}
