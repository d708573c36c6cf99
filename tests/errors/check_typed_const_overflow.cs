package main

const k int8 = 100

func main() {
	x := k * 2
	println(x)
}
