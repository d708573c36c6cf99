package main

// `=` typed for `==`: gc (1.20+) says "assignment" and parenthesises a binary side
func main() {
	x, y := 1, 2
	if x = y + 1 {
	}
}
