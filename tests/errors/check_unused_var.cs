package main

func main() {
	x := 1
	if true {
		y := 2
		x = 3
	}
}
