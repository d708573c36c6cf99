package main

import (
	"fmt"
	"runtime"
)

var sink [][]byte

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.TotalAlloc
	for i := 0; i < 1000; i++ {
		sink = append(sink, make([]byte, 1024))
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println(m.TotalAlloc-before >= 1000*1024, m.NumGC >= 1, m.HeapAlloc >= 1000*1024, m.Sys >= m.HeapAlloc, m.EnableGC, m.HeapSys >= m.HeapInuse)
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler, runtime.Version()[:4])
	runtime.KeepAlive(sink)
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Printf("%T %d\n", m.NumGC, len(m.PauseNs))
}
