package main

// gc names the element type of a string source byte, not uint8
func main() {
	src := []int{1, 2}
	_ = copy(src, "ab")
}
