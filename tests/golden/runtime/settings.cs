// Settings of runtime and runtime/debug that csc accepts without a
// profiler: each returns the previous value as Go's does.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	fmt.Println(runtime.NumCgoCall())
	fmt.Println(runtime.SetMutexProfileFraction(-1), runtime.SetMutexProfileFraction(5), runtime.SetMutexProfileFraction(0))
	runtime.SetBlockProfileRate(1)
	runtime.SetBlockProfileRate(0)
	runtime.SetCPUProfileRate(0)
	fmt.Println(debug.SetMaxThreads(500), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetMemoryLimit(-1), debug.SetMemoryLimit(1<<30), debug.SetMemoryLimit(-1))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	debug.SetTraceback("all")
	fmt.Println(runtime.GOROOT() != "", runtime.Version()[:4], runtime.GOOS, runtime.GOARCH)
}
