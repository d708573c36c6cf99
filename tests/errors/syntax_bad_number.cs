package main

func main() {
	_ = 0x
	_ = 09
	_ = 1__0
	_ = 0x1.0
}
