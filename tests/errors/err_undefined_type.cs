package main

func main() {
	var v Vector
	_ = v
}
