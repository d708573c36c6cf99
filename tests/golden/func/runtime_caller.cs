package main

// runtime.Caller: skip counts frames up from the caller, inlined functions
// included; ok is false past the last frame. Files print without directory
// and extension (.go under Go, .cs under csc).

import (
	"fmt"
	"runtime"
	"strings"
)

func where(skip int) string {
	_, file, line, ok := runtime.Caller(skip)
	if !ok {
		return "unknown"
	}
	file = file[strings.LastIndex(file, "/")+1:]
	file = strings.TrimSuffix(strings.TrimSuffix(file, ".go"), ".cs")
	return fmt.Sprintf("%s:%d", file, line)
}

func small() string { return where(2) }

func outer() string { return small() }

func c() string { return where(3) }
func b() string { return c() }
func a() string { return b() }

type T struct{ n int }

func (t T) M() string  { return where(1) }
func (t *T) P() string { return where(1) }

type Ier interface{ M() string }

func main() {
	fmt.Println(where(0))
	fmt.Println(where(1))
	fmt.Println(small())
	fmt.Println(outer())
	fmt.Println(a())
	fmt.Println(T{}.M())
	t := &T{}
	fmt.Println(t.P())
	var i Ier = T{}
	fmt.Println(i.M())
	mv := t.P
	fmt.Println(mv())
	g := func() string {
		return where(1)
	}
	fmt.Println(g())
	done := make(chan string)
	go func() {
		done <- where(1)
	}()
	fmt.Println(<-done)
	pc, _, line, ok := runtime.Caller(0)
	fmt.Println(line, ok, pc != 0)
	pc, file, line, ok := runtime.Caller(100)
	fmt.Println(pc, file == "", line, ok)
}
