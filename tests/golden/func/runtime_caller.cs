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

// deep recurses n times with a big argument (stack growth on a new
// goroutine), then counts the frames reported at the recursive call.
func deep(n int, pad [64]int) int {
	if n == 0 {
		_, _, rec, _ := runtime.Caller(1)
		k := 1
		for {
			_, _, line, ok := runtime.Caller(k + 1)
			if !ok || line != rec {
				break
			}
			k++
		}
		fmt.Println(k, "frames at the recursive call, then", where(k+1))
		return pad[0]
	}
	pad[n%64]++
	return deep(n-1, pad) + 1
}

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
	go func() {
		deep(3000, [64]int{})
		done <- "deep"
	}()
	fmt.Println(<-done)
	pc, _, line, ok := runtime.Caller(0)
	fmt.Println(line, ok, pc != 0)
	pc, file, line, ok := runtime.Caller(100)
	fmt.Println(pc, file == "", line, ok)
}
