package main

func main() {
	x := 2i // expect error at "2i": complex numbers are not supported
	_ = x
}
