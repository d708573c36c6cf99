// A goroutine reads a map that another writes without a lock: "fatal
// error: concurrent map read and map write" (exit 2), as in Go.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(4)
	m := map[string]int{"seed": 1}
	fmt.Println("reader and writer race")
	go func() {
		keys := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
		for i := 0; ; i++ {
			k := keys[i%len(keys)]
			m[k] = i
			delete(m, k)
		}
	}()
	sum := 0
	for {
		sum += m["seed"]
	}
}
