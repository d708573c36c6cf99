package main

func main() {
	var z interface{} = 2
	var w int = z
	_ = w
}
