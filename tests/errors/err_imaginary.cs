package main

import "fmt"

func main() {
	fmt.Println(3i) // expect error at "3i": complex numbers are not supported
}
