package main

// Run by frames.sh: a package variable's initialiser panics through a
// function literal of another: gc names the frames main.glob..func1 and
// main.init (the package's variable initialisation), and shows no
// main.main under them.

import (
	"fmt"
	"strconv"
)

var mustParse = func(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

var limit = mustParse("12x")

func main() {
	fmt.Println(limit)
}
