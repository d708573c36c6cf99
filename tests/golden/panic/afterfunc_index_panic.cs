package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(5*time.Millisecond, func() {
		var a []int
		fmt.Println(a[3])
	})
	time.Sleep(10 * time.Second) // the panic ends the program long before
	fmt.Println("unreachable")
}
