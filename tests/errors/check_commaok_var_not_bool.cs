package main

func main() {
	mm := map[string]int{}
	var x, y int = mm["a"]
	_, _ = x, y
}
