// runtime.SetFinalizer on a non-pointer is a fatal error, exit 2.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n [4]int }

func main() {
	t := &T{}
	fmt.Println("start")
	var x int = 3
	runtime.SetFinalizer(x, func(int) {})
	fmt.Println("not reached", t)
}
