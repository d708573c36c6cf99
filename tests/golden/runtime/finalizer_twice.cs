// runtime.SetFinalizer twice on one object without clearing: fatal error.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n [4]int }

func main() {
	t := &T{}
	fmt.Println("start")
	runtime.SetFinalizer(t, func(*T) {})
	runtime.SetFinalizer(t, func(*T) {})
	fmt.Println("not reached", t)
}
