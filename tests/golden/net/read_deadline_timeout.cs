package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn)
	go func() {
		c, _ := ln.Accept()
		accepted <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s := <-accepted
	t0 := time.Now() // before the deadline is set: a read that times out has waited 20ms since then
	c.SetReadDeadline(t0.Add(20 * time.Millisecond))
	buf := make([]byte, 10)
	n, err := c.Read(buf)
	fmt.Println(n, err != nil, time.Since(t0) >= 20*time.Millisecond)
	if ne, ok := err.(net.Error); ok {
		fmt.Println("timeout:", ne.Timeout())
	}
	fmt.Println(os.IsTimeout(err))
	e := err.Error()
	fmt.Println(e[len(e)-len("i/o timeout"):])
	// clear the deadline; a write from the server then arrives
	c.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(10 * time.Millisecond)
		s.Write([]byte("hello"))
		s.Close()
	}()
	n, err = c.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = c.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	c.Close()
	_, err = c.Write([]byte("x"))
	e = err.Error()
	fmt.Println(e[len(e)-len("use of closed network connection"):])
}
