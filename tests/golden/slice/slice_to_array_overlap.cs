// Converting a slice to an array pointer (Go 1.17): the pointer aliases
// the slice's array; a slice shorter than the array panics.
package main

import "fmt"

func main() {
	var x [8]byte
	for i := range x {
		x[i] = byte(i)
	}
	p := (*[4]byte)(x[2:7])
	p[0] = 100
	fmt.Println(x, *p, len(p))
	*(*[3]byte)(x[4:7]) = *(*[3]byte)(x[0:3])
	fmt.Println(x)

	var nilSlice []int
	fmt.Println((*[0]int)(nilSlice) == nil, (*[0]byte)(x[:0]) == nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	s := x[:2]
	_ = (*[3]byte)(s)
}

func init() {
	// overlapping arrays: the value is read before it is stored
	var x [16]byte
	for i := range x {
		x[i] = byte(i)
	}
	*(*[8]byte)(x[4:12]) = *(*[8]byte)(x[2:10])
	fmt.Println(x)
}
