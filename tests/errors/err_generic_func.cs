package main

import "fmt"

func Max[T int | float64](a, b T) T { // expect error at "[": generics are not supported
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(1, 2))
}
