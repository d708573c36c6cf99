// runtime.Caller, Callers, CallersFrames and FuncForPC: function names
// with inlining (gcc's differs from Go's), the frames Go adds under
// main.main and goroutines (runtime.main, runtime.goexit), file and line.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{}

func (T) method() string { return where() }

// base: the file's name without directory and extension (.go under Go,
// .cs under csc).
func base(file string) string {
	return strings.TrimSuffix(strings.TrimSuffix(filepath.Base(file), ".go"), ".cs")
}

func where() string {
	pc, _, line, ok := runtime.Caller(1)
	f := runtime.FuncForPC(pc)
	file, fline := f.FileLine(pc)
	return fmt.Sprint(f.Name(), " ", line, " ", ok, " ", base(file), " ", fline)
}

func trace() []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		fr, more := frames.Next()
		file := fr.File
		if strings.HasPrefix(file, runtime.GOROOT()) {
			file = "GOROOT" + file[len(runtime.GOROOT()):]
		} else {
			file = base(file)
		}
		if fr.Function == "main.trace" || strings.HasPrefix(fr.Function, "runtime.") {
			file = fmt.Sprintf("%s:%d", file, fr.Line)
		}
		out = append(out, fmt.Sprintf("%s %s %v", fr.Function, file, fr.Func.Name() == fr.Function))
		if !more {
			break
		}
	}
	return out
}

func deep(n int) []string {
	if n == 0 {
		return trace()
	}
	return deep(n - 1)
}

func main() {
	fmt.Println(where())
	fmt.Println(T{}.method())
	func() { fmt.Println(where()) }()
	for _, s := range deep(2) {
		fmt.Println(s)
	}
	done := make(chan bool)
	go func() {
		for _, s := range trace() {
			fmt.Println(s)
		}
		done <- true
	}()
	<-done
	_, file, line, ok := runtime.Caller(1)
	fmt.Println(strings.HasPrefix(file, runtime.GOROOT()), line, ok)
	_, _, _, ok = runtime.Caller(3)
	fmt.Println(ok)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}
