// os.Pipe: lines through bufio, EOF, reading a closed end, 1 MiB through the
// pipe intact, EPIPE writing with the reader gone.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	go func() {
		bw := bufio.NewWriter(w)
		for i := 1; i <= 5; i++ {
			fmt.Fprintf(bw, "line %d: %s\n", i, strings.Repeat("*", i))
		}
		bw.Flush()
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	count := 0
	for sc.Scan() {
		count++
		fmt.Println("got", sc.Text())
	}
	fmt.Println("lines:", count, "err:", sc.Err())
	n, err := r.Read(make([]byte, 4))
	fmt.Println("read at EOF:", n, err == io.EOF)
	r.Close()
	_, err = r.Read(make([]byte, 4))
	fmt.Println("read closed:", err)
	fmt.Println("is ErrClosed:", errors.Is(err, os.ErrClosed))

	// big write larger than the pipe buffer, drained concurrently
	r2, w2, _ := os.Pipe()
	const size = 1 << 20
	go func() {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(i % 251)
		}
		n, err := w2.Write(data)
		fmt.Fprintln(os.Stderr, "wrote", n, err)
		w2.Close()
	}()
	all, err := io.ReadAll(r2)
	ok := len(all) == size
	for i := range all {
		if all[i] != byte(i%251) {
			ok = false
			break
		}
	}
	fmt.Println("read", len(all), "intact:", ok, err)

	// writing to a pipe whose reader is gone fails with EPIPE
	r3, w3, _ := os.Pipe()
	r3.Close()
	_, err = w3.Write([]byte("x"))
	fmt.Println("write to closed reader:", err)
	w3.Close()
}
