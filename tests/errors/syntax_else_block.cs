package main

func main() {
	if len("x") == 1 {
	} else println()
}
