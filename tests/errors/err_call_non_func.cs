package main

func main() {
	n := 5
	n()
}
