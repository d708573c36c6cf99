// Two goroutines write one map without a lock: Go stops the program with
// "fatal error: concurrent map writes" (exit 2), and so does csc.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(4)
	m := map[int]int{}
	fmt.Println("racing writers")
	for g := 0; g < 2; g++ {
		go func(g int) {
			for i := 0; ; i++ {
				m[i%1000] = g
			}
		}(g)
	}
	select {}
}
