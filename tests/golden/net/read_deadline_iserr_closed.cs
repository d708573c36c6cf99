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
	defer ln.Close()
	go func() {
		c, _ := ln.Accept()
		time.Sleep(2 * time.Second)
		c.Close()
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	buf := make([]byte, 10)
	start := time.Now() // before the deadline is set: a read that times out has waited since then
	conn.SetReadDeadline(start.Add(100 * time.Millisecond))
	n, err := conn.Read(buf)
	fmt.Println(n, time.Since(start) >= 90*time.Millisecond)
	fmt.Println(os.IsTimeout(err), errors.Is(err, os.ErrDeadlineExceeded))
	if ne, ok := err.(net.Error); ok {
		fmt.Println("timeout:", ne.Timeout())
	}
	fmt.Println(err.Error()[:4])
	conn.SetReadDeadline(time.Time{})
	conn.SetDeadline(time.Now().Add(-time.Second))
	_, err = conn.Write([]byte("x"))
	fmt.Println(os.IsTimeout(err))
	conn.Close()
	_, err = conn.Read(buf)
	fmt.Println(errors.Is(err, net.ErrClosed))
}
