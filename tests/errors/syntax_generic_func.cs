package main

func Map[T any](x T) T { return x } // expect error at "[": generics are not supported

func main() {
	_ = Map(1)
}
