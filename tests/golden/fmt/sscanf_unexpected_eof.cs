package main

import (
	"fmt"
	"io"
)

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("bob:x", "%s:%d", &name, &age)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF, name)
	var a, b int
	n, err = fmt.Sscanf("(5", "(%d)", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("1-", "%d-%d", &a, &b)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscanf("", "x%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("7", "%d%%", &a)
	fmt.Println(n, err)
}
