package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		i++
		goto loop // expect error at "goto": goto is not supported
	}
	fmt.Println(i)
}
