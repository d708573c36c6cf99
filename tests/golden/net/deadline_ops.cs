// checks: read, write and accept deadlines: timing, error text, net.Error
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
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
	buf := make([]byte, 8)
	start := time.Now()
	c.SetReadDeadline(start.Add(20 * time.Millisecond))
	n, err := c.Read(buf)
	el := time.Since(start)
	fmt.Println(n, el >= 15*time.Millisecond, el < time.Second)
	m := err.Error()
	fmt.Println(m[strings.LastIndex(m, ": ")+2:])
	ne, ok := err.(net.Error)
	fmt.Println(ok, ne.Timeout())
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded))
	c.SetReadDeadline(time.Time{})
	s.Write([]byte("late"))
	n, err = c.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	c.SetDeadline(time.Now().Add(-time.Second))
	_, err = c.Write([]byte("x"))
	m = err.Error()
	fmt.Println(m[strings.LastIndex(m, ": ")+2:])
	ln.(*net.TCPListener).SetDeadline(time.Now().Add(10 * time.Millisecond))
	_, err = ln.Accept()
	m = err.Error()
	fmt.Println(m[strings.LastIndex(m, ": ")+2:])
	c.Close()
	s.Close()
	ln.Close()
}
