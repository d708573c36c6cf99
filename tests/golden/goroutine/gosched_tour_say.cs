// The Go tour's Gosched example: at GOMAXPROCS=1 Go alternates
// "hello" and "world" (main's first Gosched must not take main straight
// back from the global queue). The words are collected and printed at
// the end: a write to stdout is a system call, and on a loaded machine
// one that outlasts sysmon's 20 us lets the other goroutine take the P
// (Go does the same), which would make the order depend on the load.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var said []string

func say(s string) {
	for i := 0; i < 5; i++ {
		runtime.Gosched()
		said = append(said, s)
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go say("world")
	say("hello")
	fmt.Println(strings.Join(said, "\n"))
}
