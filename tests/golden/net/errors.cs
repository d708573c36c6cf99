// checks: Go's error texts: connection refused, closed listener, closed
// connection, bad addresses and networks
package main

import (
	"fmt"
	"net"
	"strings"
)

func main() {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Dial("udp7", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Listen("tcp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Listen("tcp", "127.0.0.1:99999")
	fmt.Println(err)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	addr := ln.Addr().String()
	_, err = net.Listen("tcp", addr)
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))

	accepted := make(chan net.Conn)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println(err)
		}
		accepted <- c
	}()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := <-accepted
	c.Close()
	_, err = c.Write([]byte("x"))
	fmt.Println(strings.Replace(strings.Replace(err.Error(), addr, "ADDR", 1), c.LocalAddr().String(), "LOCAL", 1))
	fmt.Println(strings.Replace(strings.Replace(c.Close().Error(), addr, "ADDR", 1), c.LocalAddr().String(), "LOCAL", 1))
	s.Close()

	done := make(chan bool)
	go func() {
		_, err := ln.Accept()
		fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))
		done <- true
	}()
	ln.Close()
	<-done
	_, err = ln.Accept()
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))
}
