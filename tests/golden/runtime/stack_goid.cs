// runtime.Stack: the calling goroutine's header and frames (the goroutine
// id trick), a buffer too small cuts the text, and all=true adds the other
// goroutines' headers.
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

func goid() int {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	f := strings.Fields(strings.TrimPrefix(string(buf[:n]), "goroutine "))
	id, err := strconv.Atoi(f[0])
	if err != nil {
		panic(err)
	}
	return id
}

func leaf() []byte {
	buf := make([]byte, 4096)
	return buf[:runtime.Stack(buf, false)]
}

func main() {
	fmt.Println("main goroutine id:", goid())
	var wg sync.WaitGroup
	ids := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ids <- goid()
		}()
	}
	wg.Wait()
	close(ids)
	sum := 0
	for id := range ids {
		sum += id
		if id <= 1 {
			fmt.Println("bad id", id)
		}
	}
	fmt.Println("goroutine ids distinct and > 1:", sum > 3)

	st := leaf()
	lines := strings.Split(string(st), "\n")
	fmt.Println(lines[0])
	fn := func(l string) string { return l[:strings.Index(l, "(")] } // inlining decides "()" or "(...)"
	fmt.Println(fn(lines[1]))
	fmt.Println(strings.HasPrefix(lines[2], "\t"), strings.Contains(lines[2], ".go:") || strings.Contains(lines[2], ".cs:"))
	fmt.Println(fn(lines[3]))
	fmt.Println(bytes.Count(st, []byte("\n")) >= 4)

	small := make([]byte, 10)
	n := runtime.Stack(small, false)
	fmt.Printf("%d %q\n", n, small[:n])

	block := make(chan int)
	go func() { <-block }()
	runtime.Gosched()
	buf := make([]byte, 1<<16)
	all := string(buf[:runtime.Stack(buf, true)])
	fmt.Println(strings.HasPrefix(all, "goroutine 1 [running]:"))
	fmt.Println(strings.Contains(all, "[chan receive]:"), strings.Count(all, "goroutine ") >= 2)
	close(block)
}
