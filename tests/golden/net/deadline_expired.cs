// checks: an operation started after its deadline fails at once with
// os.ErrDeadlineExceeded even when data is ready (zero-length reads
// excepted); OpError.Timeout/Temporary look at the cause
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	acc := make(chan net.Conn, 1)
	go func() {
		c, _ := ln.Accept()
		acc <- c
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	s := <-acc
	s.Write([]byte("ready data"))
	time.Sleep(20 * time.Millisecond)
	c.SetReadDeadline(time.Now().Add(-time.Millisecond))
	buf := make([]byte, 4)
	n, err := c.Read(buf)
	fmt.Println(n, errors.Is(err, os.ErrDeadlineExceeded))
	n, err = c.Read(buf[:0])
	fmt.Println(n, err)
	c.SetReadDeadline(time.Now().Add(time.Hour))
	n, err = c.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	ne := &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	fmt.Println(ne, ne.Timeout(), ne.Temporary())
	fmt.Println(os.ErrDeadlineExceeded)
	c.Close()
	s.Close()
	ln.Close()
}
