// checks: tracebacks say "locked to thread" while package initialisation
// runs and while runtime.LockOSThread calls outnumber UnlockOSThread ones
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func hdr() string {
	buf := make([]byte, 1000)
	n := runtime.Stack(buf, false)
	return strings.SplitN(string(buf[:n]), "\n", 2)[0]
}

var atInit = hdr()

func init() { fmt.Println("init:", hdr()) }

func main() {
	fmt.Println(atInit)
	fmt.Println(hdr())
	runtime.LockOSThread()
	fmt.Println(hdr())
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Println(hdr())
	runtime.UnlockOSThread()
	runtime.UnlockOSThread()
	fmt.Println(hdr())
	done := make(chan string)
	go func() { runtime.LockOSThread(); done <- hdr() }()
	h := <-done
	fmt.Println(h[strings.Index(h, " ["):])
	runtime.LockOSThread()
	panic("locked")
}
