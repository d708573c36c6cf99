// checks: %T spells every kind of type as Go does
package main

import "fmt"

type T struct{ A int }
type E struct{}

func main() {
	var ch chan int
	var rc <-chan string
	var sc chan<- bool
	fmt.Printf("%T %T %T %T %T\n", 1, int8(1), uint64(1), 1.5, float32(1))
	fmt.Printf("%T %T %T %T\n", "s", true, 'r', byte(1))
	fmt.Printf("%T %T %T\n", []int{}, [3]string{}, map[string][]int{})
	fmt.Printf("%T %T %T\n", T{}, &T{}, E{})
	fmt.Printf("%T %T %T\n", ch, rc, sc)
	fmt.Printf("%T %T\n", func(int) string { return "" }, main)
	fmt.Printf("%T %T\n", struct{ X, Y int }{}, uintptr(0))
	fmt.Printf("%T\n", [][]*T{})
}
