package main

func pair() (int, int) {
	return 1
}

func main() {
	pair()
}
