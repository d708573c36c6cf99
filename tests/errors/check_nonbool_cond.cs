package main

func main() {
	if 1 {
		println("x")
	}
}
