package main

// In a goroutine, the panic value's String method panics with a value that
// is not a string: Go's fatal error names its type instead.

import (
	"fmt"
	"time"
)

type code int

type status struct{ c code }

func (s status) String() string {
	if s.c < 0 {
		panic(s.c)
	}
	return fmt.Sprint("status ", int(s.c))
}

func main() {
	go func() {
		panic(status{-1})
	}()
	time.Sleep(10 * time.Second) // the panic ends the program long before
	fmt.Println("not reached")
}
