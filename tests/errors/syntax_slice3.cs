package main

func main() {
	var a [2]int
	_ = a[0:1:]
	_ = a[0::1]
}
