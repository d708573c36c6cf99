package main

import "fmt"

func main() {
	c := complex(1.0, 2.0) // expect error at "complex": complex numbers are not supported
	fmt.Println(real(c))
}
