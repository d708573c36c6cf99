package main

func f() {}

func g(x int) {}

func main() {
	a := []int{1}
	b := []string{"x"}
	copy(a, b)
	g(f())
	var arr [-1]int
	_ = arr
}
