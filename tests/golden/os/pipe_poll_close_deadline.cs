// checks: os.Pipe ends are polled as in Go: closing the read end wakes a
// goroutine blocked in Read ("file already closed"), closing the write end
// gives EOF, read deadlines time out (os.ErrDeadlineExceeded), a blocked
// reader does not stop other goroutines at GOMAXPROCS=1, and a regular
// file refuses deadlines
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	go func() {
		time.Sleep(50 * time.Millisecond)
		r.Close()
	}()
	_, err = r.Read(make([]byte, 10))
	fmt.Println(err, errors.Is(err, os.ErrClosed))
	w.Close()

	r2, w2, _ := os.Pipe()
	done := make(chan string)
	go func() {
		buf := make([]byte, 100)
		n, err := r2.Read(buf)
		done <- fmt.Sprint(string(buf[:n]), " ", err)
	}()
	count := 0
	for i := 0; i < 5; i++ {
		time.Sleep(5 * time.Millisecond)
		count++
	}
	fmt.Println("main ran while the reader waited:", count)
	w2.Write([]byte("data"))
	fmt.Println(<-done)
	go func() {
		time.Sleep(20 * time.Millisecond)
		w2.Close()
	}()
	n, err := r2.Read(make([]byte, 10))
	fmt.Println(n, err)
	r2.Close()

	r3, w3, _ := os.Pipe()
	fmt.Println(r3.SetReadDeadline(time.Now().Add(20 * time.Millisecond)))
	_, err = r3.Read(make([]byte, 1))
	fmt.Println(err, os.IsTimeout(err), errors.Is(err, os.ErrDeadlineExceeded))
	r3.SetReadDeadline(time.Time{})
	w3.Write([]byte("x"))
	n, err = r3.Read(make([]byte, 1))
	fmt.Println(n, err)
	r3.SetDeadline(time.Now().Add(-time.Second))
	w3.Write([]byte("y"))
	_, err = r3.Read(make([]byte, 1))
	fmt.Println(err)
	r3.Close()
	w3.Close()
	fmt.Println(r3.SetDeadline(time.Now()))

	f, err := os.CreateTemp("", "deadline")
	if err != nil {
		panic(err)
	}
	defer os.Remove(f.Name())
	fmt.Println(f.SetDeadline(time.Now()))
	f.Close()
}
