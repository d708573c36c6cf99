// The finalizer goroutine is Go's system goroutine: NumGoroutine leaves it
// out, and a program whose other goroutines all block is still deadlocked.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n [8]int }

func main() {
	runtime.SetFinalizer(&T{}, func(*T) {})
	runtime.GC()
	fmt.Println(runtime.NumGoroutine())
	select {}
}
