// checks: an unrecovered rand.Intn(0) panics with Go's text and status 2
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	n := 0
	fmt.Println("before")
	fmt.Println(rand.Intn(n))
}
