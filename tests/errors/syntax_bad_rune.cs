package main

func main() {
	_ = 'ab'
	_ = '\400'
	_ = "\xZZ"
	_ = "\uD800"
}
