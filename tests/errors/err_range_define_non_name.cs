package main

// types2's words for a range clause declaring something other than a
// name ("cannot declare"), and for one declaring only _ or nothing new
// (at the for keyword).

type T struct{ f int }

func main() {
	var t T
	var s []int
	for t.f := range []int{1} {
	}
	for _ := range s {
	}
	for _, _ := range s {
	}
	for i, s[0] := range s {
		_ = i
	}
	for _, x := range s {
		_ = x
	}
	_ = t
}
