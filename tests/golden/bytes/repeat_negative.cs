// bytes.Repeat with a negative count panics uncaught: Go's text, exit 2.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println("before")
	n := -3
	fmt.Println(bytes.Repeat([]byte("ab"), n))
}
