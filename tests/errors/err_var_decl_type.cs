package main

func main() {
	var n int = "seven"
	_ = n
}
