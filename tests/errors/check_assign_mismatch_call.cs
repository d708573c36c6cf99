package main

// gc names a lone call on the right of a mismatched assignment by what it
// calls, even when it returns one value; a call with no value is "used as value"
func pair() (int, int) { return 1, 2 }
func one() int         { return 1 }
func none()            {}

func main() {
	a, b, c := (pair())
	d, e := one()
	f, g := int(1.5 * 2)
	h, i := none()
	println(a, b, c, d, e, f, g, h, i)
}
