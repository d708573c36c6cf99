package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d: %q\n", i, a)
	}
	fmt.Println(strings.Join(os.Args[1:], "+"))
	fmt.Printf("%q\n", os.Getenv("CONF7_UNSET_VAR"))
	v, ok := os.LookupEnv("CONF7_UNSET_VAR")
	fmt.Println(v, ok)
	os.Setenv("CONF7_X", "val")
	fmt.Println(os.Getenv("CONF7_X"))
	defer fmt.Println("not printed")
	if len(os.Args) > 2 {
		os.Exit(len(os.Args))
	}
}
