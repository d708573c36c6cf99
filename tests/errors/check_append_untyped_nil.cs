package main

func main() {
	s := append(nil, 1)
	_ = s
}
