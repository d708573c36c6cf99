package main

import "fmt"

func cleanup() {
	fmt.Println("cleanup")
	panic("cleanup failed")
}

func main() {
	defer fmt.Println("outer defer")
	defer cleanup()
	var a []int
	fmt.Println(a[3])
}
