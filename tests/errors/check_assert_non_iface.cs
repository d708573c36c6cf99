package main

func main() {
	n := 3
	v := n.(int)
	println(v)
}
