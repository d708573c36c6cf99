package main

import (
	"fmt"
	"math/bits"
)

func main() {
	q, r := bits.Div64(1, 0, 2)
	fmt.Println(q, r)
	fmt.Println(bits.Div64(3, 0, 2))
}
