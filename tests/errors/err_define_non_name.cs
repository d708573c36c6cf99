package main

// A non-name on the left of := is a type error in gc (types2), reported
// at the expression's start with its text, among the other type errors;
// with several names on the left too.

type T struct{ f int }

func main() {
	var t T
	var s []int
	a, t.f := 1, 2
	s[0], b := 3, 4
	t.f := 5
	x := "s" + 1
	_, _ = a, b
	_ = x
}
