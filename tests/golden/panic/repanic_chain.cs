package main

import (
	"errors"
	"fmt"
)

func inner() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("wrapped: %v", r))
		}
	}()
	panic(errors.New("original"))
}

func main() {
	defer fmt.Println("main defer")
	defer func() {
		panic("second")
	}()
	inner()
}
