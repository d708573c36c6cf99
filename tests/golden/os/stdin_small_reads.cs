package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 7)
	total := 0
	reads := 0
	var hist [256]int
	for {
		n, err := os.Stdin.Read(buf)
		total += n
		for _, b := range buf[:n] {
			hist[b]++
		}
		if n > 0 {
			reads++
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	fmt.Println(total, reads > 0, hist['\n'], hist['a'])
	all, err := io.ReadAll(os.Stdin)
	fmt.Println(len(all), err)
	n, err := os.Stdout.Write([]byte("direct write\n"))
	fmt.Println(n, err)
	fmt.Fprintf(os.Stdout, "%s|%5.2f|%x\n", "fmt to stdout", 3.14159, 255)
}
