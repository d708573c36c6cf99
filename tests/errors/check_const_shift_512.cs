package main

func main() {
	var a int = 1
	var b string = "x"
	_ = a + b
	const c = 1 << 600
	_ = c
}
