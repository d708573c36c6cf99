package main

// SetString with a base outside 0 and 2..62 panics as in Go 1.19 (after
// reading the sign: an empty string just fails).

import (
	"fmt"
	"math/big"
)

func main() {
	_, ok := new(big.Int).SetString("", 1)
	fmt.Println("empty:", ok)
	new(big.Int).SetString("-5", 1)
}
