// checks: reading all of stdin with os.Stdin.Read (stdin from stdin_read.in)
package main

import (
	"fmt"
	"os"
)

func main() {
	var data []byte
	buf := make([]byte, 7)
	for {
		n, err := os.Stdin.Read(buf)
		data = append(data, buf[:n]...)
		if err != nil {
			fmt.Println("err:", err)
			break
		}
	}
	lines := 0
	for _, b := range data {
		if b == '\n' {
			lines++
		}
	}
	fmt.Println(len(data), lines)
	fmt.Print(string(data))
}
