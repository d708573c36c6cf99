// checks: 200 concurrent connections to one echo server, each sending
// its own bytes and getting exactly them back
package main

import (
	"fmt"
	"io"
	"net"
)

func serve(c net.Conn) {
	io.Copy(c, c)
	c.Close()
}

func client(addr string, id int, res chan<- bool) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(err)
		res <- false
		return
	}
	msg := make([]byte, 5000)
	for i := range msg {
		msg[i] = byte(id*7 + i)
	}
	go func() {
		c.Write(msg)
		c.(*net.TCPConn).CloseWrite()
	}()
	got, err := io.ReadAll(c)
	c.Close()
	res <- err == nil && string(got) == string(msg)
}

func main() {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go serve(c)
		}
	}()
	res := make(chan bool)
	const n = 200
	for i := 0; i < n; i++ {
		go client(ln.Addr().String(), i, res)
	}
	ok := 0
	for i := 0; i < n; i++ {
		if <-res {
			ok++
		}
	}
	fmt.Println(ok, "of", n, "ok")
	ln.Close()
}
