// Ranging over a map while another goroutine writes it: "fatal error:
// concurrent map iteration and map write" (exit 2), as in Go.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(4)
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	fmt.Println("iterating while writing")
	go func() {
		for i := 0; ; i++ {
			m[i%100] = i
		}
	}()
	n := 0
	for {
		for k := range m {
			n += k
		}
	}
}
