package main

import "fmt"

func helper() interface{} { return recover() }

func viaHelper() {
	defer func() {
		fmt.Println("helper:", helper())
		fmt.Println("direct:", recover())
	}()
	panic("p1")
}

func deferredNamed() {
	defer func() { fmt.Println("after named") }()
	defer helperDirect()
	panic("p2")
}

func helperDirect() {
	fmt.Println("named deferred recovers:", recover())
}

func main() {
	viaHelper()
	deferredNamed()
	fmt.Println("end")
}
