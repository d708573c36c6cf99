package main

func main() {
	var u uint = 2
	var f float64 = 1 << u
	println(f)
}
