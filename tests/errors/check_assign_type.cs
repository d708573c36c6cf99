package main

func main() {
	var n int
	x := "a"
	n = x
	_ = n
}
