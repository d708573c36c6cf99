package main

import "fmt"

func main() {
	var n int
	x := "text"
	n = x
	fmt.Println(n)
}
