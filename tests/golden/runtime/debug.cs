package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

var sink [][]byte

func nested(n int) string {
	if n == 0 {
		return string(debug.Stack())
	}
	return nested(n - 1)
}

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(-1))
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 1024))
	}
	fmt.Println(debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(debug.SetMaxStack(1 << 30))

	var st debug.GCStats
	debug.ReadGCStats(&st)
	before := st.NumGC
	runtime.GC()
	debug.FreeOSMemory()
	debug.ReadGCStats(&st)
	fmt.Println(st.NumGC >= before+2, st.NumGC > 0)

	s := debug.Stack()
	lines := strings.Split(string(s), "\n")
	fmt.Println(lines[0])
	fmt.Println(lines[1])
	fmt.Println(strings.HasPrefix(lines[2], "\t"))
	fmt.Println(strings.Contains(string(s), "\nmain.main()\n"))
	fmt.Println(strings.HasSuffix(string(s), "\n"))

	deep := nested(3)
	fmt.Println(strings.Count(deep, "main.nested("))

	done := make(chan string)
	go func() { done <- string(debug.Stack()) }()
	g := <-done
	fmt.Println(strings.HasPrefix(g, "goroutine "), strings.Contains(g, "[running]:\nruntime/debug.Stack()\n"))
	fmt.Println(strings.Contains(g, "created by main.main\n"))
	debug.PrintStack()
}
