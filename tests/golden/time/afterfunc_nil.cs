// checks: AfterFunc with a nil func fails when the timer fires, with
// Go's fatal error, after main has printed
package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(time.Millisecond, nil)
	fmt.Println("armed")
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
