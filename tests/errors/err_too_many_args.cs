package main

func f(a int) int { return a }

func main() {
	_ = f(1, 2)
}
