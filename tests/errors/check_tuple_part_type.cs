package main

import "strconv"

func two() (int, string) { return 1, "a" }

func f() (int, int) {
	return two()
}

func main() {
	var a, b int = two()
	var s string
	a, s = strconv.Atoi("1")
	var e fmt
	_, _, _ = a, b, s
}

type fmt interface{ M() }

func g() (fmt, error) {
	var x fmt
	var err error
	x, err = strconv.Atoi("2")
	return x, err
}
