package main

import (
	"fmt"
	"sync"
)

type E struct {
	Op  string
	Err error
}

func (e *E) Error() string { return e.Op + ": " + e.Err.Error() }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		var m map[string]int
		defer func() {
			r := recover()
			err := r.(error)
			panic(&E{"worker", err})
		}()
		m["x"] = 1
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
