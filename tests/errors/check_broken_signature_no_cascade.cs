package main

// A parameter type that does not resolve is reported once; the function
// literal, declared function or var using that signature adds no
// "invalid type" errors of its own.

type H func(string) string

func use(h H) {}

func g(s foo) int { return 0 }

func k(xs ...bar) {}

var fv func(baz) = nil

func main() {
	string := "x"
	_ = string
	var h H = func(s string) string { return s }
	use(func(s string) string { return s })
	h2 := H(func(s string) string { return s })
	use(g)
	var q H = k
	_, _, _ = h, h2, q
}
