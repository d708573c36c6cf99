// checks: several constants per spec share iota; implicit repetition of lists
package main

import "fmt"

const (
	a, b = iota, iota * 100
	c, d
	e, f
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

func main() {
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
}
