package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	// producer/consumer with small reads: one Write spans several Reads
	pr, pw := io.Pipe()
	wrote := make(chan string, 1)
	go func() {
		n, err := pw.Write([]byte("hello, pipe world"))
		wrote <- fmt.Sprint("wrote ", n, " ", err)
		pw.Close()
	}()
	buf := make([]byte, 5)
	for {
		n, err := pr.Read(buf)
		if err != nil {
			fmt.Println("read end:", err, err == io.EOF)
			break
		}
		fmt.Printf("read %q\n", buf[:n])
	}
	fmt.Println(<-wrote)
	fmt.Println(pr.Close(), pr.Close())

	// reader closes early: the writer learns why
	pr, pw = io.Pipe()
	done := make(chan bool)
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		fmt.Println("writer:", n, err)
		_, err = pw.Write([]byte("more"))
		fmt.Println("writer again:", err)
		done <- true
	}()
	b4 := make([]byte, 4)
	n, _ := io.ReadFull(pr, b4)
	fmt.Println("got", string(b4[:n]))
	pr.CloseWithError(errors.New("consumer gave up"))
	pr.CloseWithError(errors.New("second reason ignored"))
	<-done
	_, err := pr.Read(b4)
	fmt.Println("read after close:", err)

	// writer closes with an error
	pr, pw = io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(errors.New("producer failed"))
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("scanned", sc.Text())
	}
	fmt.Println("scanner err:", sc.Err())
	_, err = pw.Write([]byte("x"))
	fmt.Println("write after close:", err, err == io.ErrClosedPipe)

	// several writers, each Write delivered whole
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			pw.Write([]byte(strings.Repeat(string(rune('a'+i)), 1000)))
		}(i)
	}
	go func() { wg.Wait(); pw.Close() }()
	all, err := io.ReadAll(pr)
	counts := map[byte]int{}
	runs := 1
	for i := range all {
		counts[all[i]]++
		if i > 0 && all[i] != all[i-1] {
			runs++
		}
	}
	fmt.Println(len(all), err, counts, runs)

	// a zero-length write waits for a reader
	pr, pw = io.Pipe()
	go func() {
		n, err := pw.Write(nil)
		wrote <- fmt.Sprint("empty write: ", n, " ", err)
		pw.Close()
	}()
	n, err = pr.Read(make([]byte, 1))
	fmt.Println("read of empty write:", n, err)
	fmt.Println(<-wrote)
	n, err = pr.Read(make([]byte, 1))
	fmt.Println(n, err)
}
