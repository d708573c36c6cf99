package main

func main() {
	x := 1 << 64
	_ = x
}
