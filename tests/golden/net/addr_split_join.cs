package main

import (
	"fmt"
	"net"
	"strconv"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	host, port, err := net.SplitHostPort(ln.Addr().String())
	fmt.Println(host, err)
	p, _ := strconv.Atoi(port)
	fmt.Println(p > 0 && p < 65536)
	ta := ln.Addr().(*net.TCPAddr)
	fmt.Println(ta.Port == p, ta.IP.String())
	done := make(chan string)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			done <- err.Error()
			return
		}
		done <- c.RemoteAddr().String()
		c.Close()
	}()
	c, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", port))
	if err != nil {
		panic(err)
	}
	remote := <-done
	fmt.Println(remote == c.LocalAddr().String())
	fmt.Println(c.RemoteAddr().String() == ln.Addr().String())
	fmt.Println(c.LocalAddr().Network())
	buf := make([]byte, 1)
	n, err := c.Read(buf)
	fmt.Println(n, err)
	c.Close()
}
