// checks: a file name holding a NUL byte fails with EINVAL ("invalid
// argument") in open, remove and mkdir, as Go's syscall package does
package main

import (
	"fmt"
	"os"
)

func main() {
	_, err := os.ReadFile("a\x00b")
	fmt.Printf("%q\n", err.Error())
	err = os.WriteFile("/tmp/x\x00y", nil, 0644)
	fmt.Printf("%q\n", err.Error())
	_, err = os.Open("\x00")
	fmt.Printf("%q\n", err.Error())
	err = os.Remove("/tmp/\x00")
	fmt.Printf("%q\n", err.Error())
	err = os.Mkdir("d\x00", 0755)
	fmt.Printf("%q %v\n", err.Error(), os.IsNotExist(err))
}
