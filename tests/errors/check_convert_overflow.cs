package main

func main() {
	x := uint8(300)
	println(x)
}
