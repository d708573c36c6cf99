package main

func main() {
	x, y := 1, "s"
	_ = x + y
}
