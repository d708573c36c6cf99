package main

const c = 10 / 0

func main() {
	println(c)
}
