package main

import "fmt"

func main() {
	var z complex128 // expect error at "complex128": complex numbers are not supported
	fmt.Println(z)
}
