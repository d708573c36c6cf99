// checks: Reset does not drain C (Go 1.19): the value of an earlier firing
// is still received first, then the fresh one
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	first := time.Now()
	// Go 1.19: Reset does not drain; the stale value is still in C
	t.Reset(50 * time.Millisecond)
	v := <-t.C
	fmt.Println("stale value is older:", v.Before(first))
	v2 := <-t.C
	fmt.Println("fresh value is newer:", v2.After(first))
}
