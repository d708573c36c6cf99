package main

import (
	"fmt"
	"sync/atomic"
)

type node struct {
	next atomic.Pointer[node] // expect error at "[": generics are not supported
}

func main() {
	fmt.Println(node{})
}
