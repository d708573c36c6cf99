// checks: io.Pipe: CloseWithError reaches the reader's Scanner, a
// Write returns what the reader took before it closed, writes after the
// reader closed fail with io.ErrClosedPipe
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 0; i < 5; i++ {
			fmt.Fprintf(w, "record %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(errors.New("producer gave up"))
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println(strings.ToUpper(sc.Text()))
	}
	fmt.Println("scanner err:", sc.Err())

	pr2, pw2 := io.Pipe()
	wrote := make(chan string)
	go func() {
		n, err := pw2.Write([]byte("hello world"))
		wrote <- fmt.Sprint("write returned ", n, " ", err)
	}()
	buf := make([]byte, 5)
	n, _ := io.ReadFull(pr2, buf)
	fmt.Println(string(buf[:n]))
	pr2.Close()
	fmt.Println(<-wrote)
	_, err := pw2.Write([]byte("more"))
	fmt.Println(err, err == io.ErrClosedPipe)
	pr3, pw3 := io.Pipe()
	pw3.Close()
	b, err := io.ReadAll(pr3)
	fmt.Println(len(b), err)
}
