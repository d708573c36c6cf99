// bytes.Buffer.Grow with a negative count panics uncaught: exit 2.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("x")
	fmt.Println(b.Len())
	b.Grow(-5)
	fmt.Println("not reached")
}
