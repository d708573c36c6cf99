package main

import "fmt"

func main() {
	var s uint = 2
	g := 1.0 << s
	var f float32
	f = 1<<s + 1
	fmt.Println(g, f, 1.5+1<<s)
}
