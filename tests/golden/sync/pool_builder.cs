package main

import (
	"fmt"
	"strings"
	"sync"
)

var created int

var bufPool = sync.Pool{
	New: func() interface{} {
		created++
		return new(strings.Builder)
	},
}

func format(msg string) string {
	b := bufPool.Get().(*strings.Builder)
	b.Reset()
	b.WriteString("log: ")
	b.WriteString(msg)
	s := b.String()
	bufPool.Put(b)
	return s
}

func main() {
	fmt.Println(format("hello"))
	fmt.Println(format("world"))
	fmt.Println(created >= 1)
	var p sync.Pool
	fmt.Println(p.Get())
	fmt.Printf("%T\n", bufPool.Get())
}
