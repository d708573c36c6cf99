package main

func main() {
	x := foo + 1
	_ = x
}
