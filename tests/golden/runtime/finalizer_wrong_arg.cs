// runtime.SetFinalizer with a finalizer that cannot take the object: fatal error.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ n [4]int }

func main() {
	t := &T{}
	fmt.Println("start")
	runtime.SetFinalizer(t, func(*int) {})
	fmt.Println("not reached", t)
}
