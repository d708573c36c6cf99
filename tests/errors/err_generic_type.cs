package main

type Stack[T any] struct { // expect error at "[": generics are not supported
	items []T
}

func main() {
	var s Stack[int]
	_ = s
}
