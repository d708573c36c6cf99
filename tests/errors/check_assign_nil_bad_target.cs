package main

// an unassignable target is one error: nil on the right adds no second one
func main() {
	var s []int
	s[1:2] = nil
	_ = s
}
