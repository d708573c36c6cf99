package main

// os.Pipe: a goroutine writes lines into the pipe while main scans them;
// then the errors: writing a closed end, reading a closed end, and writing
// a pipe whose reader is gone (EPIPE, not SIGPIPE: only stdout and stderr
// die of a broken pipe).

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Name(), w.Name())
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Fprintf(w, "msg %d\n", i)
		}
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	n, err := r.Read(make([]byte, 1))
	fmt.Println(n, err == io.EOF)

	_, err = w.Write([]byte("x"))
	fmt.Println(err, errors.Is(err, os.ErrClosed))
	fmt.Println(w.Close())
	r.Close()
	_, err = r.Read(make([]byte, 1))
	fmt.Println(err)

	r2, w2, _ := os.Pipe()
	r2.Close()
	n, err = w2.Write([]byte("to nobody"))
	fmt.Println(n, err)
	w2.Close()
}
