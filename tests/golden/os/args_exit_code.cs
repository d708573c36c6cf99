package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d: %q\n", i, a)
	}
	code := 0
	if len(os.Args) > 1 {
		code, _ = strconv.Atoi(os.Args[len(os.Args)-1])
	}
	defer fmt.Println("deferred: not printed by os.Exit")
	fmt.Fprintln(os.Stderr, "exiting with", code)
	os.Exit(code)
}
