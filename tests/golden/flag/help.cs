package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	flag.String("out", "a.txt", "output `file`")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: help [flags] files")
		flag.PrintDefaults()
	}
	fmt.Println("start")
	flag.Parse()
	fmt.Println("not reached")
}
