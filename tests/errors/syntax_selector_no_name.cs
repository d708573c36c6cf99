package main

import "fmt"

// a selector with no name after the dot: gc expects "name or ("
func main() {
	fmt.Println(fmt.)
}
