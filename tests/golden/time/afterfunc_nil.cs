// checks: AfterFunc with a nil func fails when the timer fires, with
// Go's fatal error, after main has printed and gone to sleep (100 ms:
// a loaded machine may take over 1 ms to print)
package main

import (
	"fmt"
	"time"
)

func main() {
	time.AfterFunc(100*time.Millisecond, nil)
	fmt.Println("armed")
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
