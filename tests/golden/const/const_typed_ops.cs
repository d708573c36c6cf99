// checks: typed constant expressions keep their type; bool and string consts
package main

import "fmt"

const (
	T       = true
	F       = !T
	Greet   = "hi" + " there"
	Mask    uint8 = 0xF0
	NotMask       = ^Mask
	Neg     int8  = -128
)

func main() {
	fmt.Println(T, F, T && !F, Greet, len(Greet))
	fmt.Println(Mask, NotMask, Neg)
	fmt.Printf("%T %T\n", NotMask, Neg)
	const minInt64 = -1 << 63
	fmt.Println(minInt64, 1<<63-1)
}
