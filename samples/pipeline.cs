// pipeline.cs: a chain of stages, each a goroutine reading from the
// previous stage's channel and writing to the next. Closing the first
// channel shuts the whole pipeline down in order.
// Run: build/csc samples/pipeline.cs -o pipeline && ./pipeline
package main

import (
	"fmt"
	"strings"
)

func source(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		for _, w := range words {
			out <- w
		}
		close(out)
	}()
	return out
}

// stage applies f to every value from in.
func stage(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		for s := range in {
			out <- f(s)
		}
		close(out)
	}()
	return out
}

func main() {
	words := source("gopher", "channel", "select", "goroutine")
	upper := stage(words, strings.ToUpper)
	framed := stage(upper, func(s string) string { return "[" + s + "]" })
	n := 0
	for s := range framed {
		n++
		fmt.Println(n, s)
	}
}
