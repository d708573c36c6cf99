package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("fatal:", r)
			os.Exit(5)
		}
	}()
	defer fmt.Println("first deferred")
	var arr []int
	_ = arr[2]
}
