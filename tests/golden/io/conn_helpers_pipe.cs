package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		hdr := make([]byte, 4)
		if _, err := io.ReadFull(c, hdr); err != nil {
			fmt.Println("server:", err)
			return
		}
		n := int(hdr[0])<<24 | int(hdr[1])<<16 | int(hdr[2])<<8 | int(hdr[3])
		body := make([]byte, n)
		_, err := io.ReadFull(c, body)
		fmt.Println("server got", n, "bytes:", string(body), err)
		io.WriteString(c, strings.Repeat("z", 10))
		_, err = io.ReadFull(c, hdr)
		fmt.Println("server second read:", err, errors.Is(err, io.EOF))
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	msg := "framed message"
	c.Write([]byte{0, 0, 0, byte(len(msg))})
	c.Write([]byte(msg))
	var sb strings.Builder
	n, err := io.Copy(&sb, io.LimitReader(c, 7))
	fmt.Println(n, err, sb.String())
	buf := make([]byte, 10)
	k, err := io.ReadAtLeast(c, buf, 3)
	fmt.Println(k, err, string(buf[:k]))
	c.(*net.TCPConn).CloseWrite()
	rest, err := io.ReadAll(c)
	fmt.Println(len(rest), err)
	c.Close()
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "piped %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(errors.New("producer done"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	tee := io.TeeReader(strings.NewReader("tee data"), os.Stdout)
	io.ReadAll(tee)
	fmt.Println()
	mw := io.MultiWriter(os.Stdout, os.Stdout)
	fmt.Fprintln(mw, "twice")
	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader("two"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
}
