// A goroutine blocked in open(2) of a FIFO (no writer yet) leaves timers
// running at GOMAXPROCS=1; syscall.Mkfifo and its errors.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	dir, _ := os.MkdirTemp("", "fifo")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "ch")
	if err := syscall.Mkfifo(path, 0600); err != nil {
		panic(err)
	}
	got := make(chan string)
	go func() {
		f, err := os.Open(path) // blocks in open(2) until a writer appears
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- string(b)
	}()
	ticks := 0
	tk := time.NewTicker(5 * time.Millisecond)
	for ticks < 5 {
		<-tk.C
		ticks++
	}
	tk.Stop()
	fmt.Println("timers ran while a goroutine blocked in open:", ticks)
	w, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		panic(err)
	}
	fmt.Fprintf(w, "through the fifo")
	w.Close()
	fmt.Println("reader got:", <-got)
	fi, _ := os.Stat(path)
	fmt.Println("is named pipe:", fi.Mode()&os.ModeNamedPipe != 0, fi.Mode().String())
}

func init() {
	fmt.Println(syscall.Mkfifo("/nonexistent-dir/fifo", 0600))
	fmt.Println(syscall.Mkfifo("bad\x00name", 0600))
	fmt.Println(syscall.Mkfifo("/", 0600))
}
