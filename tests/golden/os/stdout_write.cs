// checks: os.Stdout.Write returns the byte count; Stderr writes are separate
package main

import (
	"fmt"
	"os"
)

func main() {
	n, err := os.Stdout.Write([]byte("raw bytes\n"))
	fmt.Println(n, err)
	os.Stderr.Write([]byte("to stderr\n"))
	os.Stdout.WriteString("write string\n")
}
