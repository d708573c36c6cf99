package main

type List[T any] struct { // expect error at "[": generics are not supported
	v T
}

func main() {
}
