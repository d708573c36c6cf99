package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = net.Dial("tcp", addr)
	fmt.Println(err != nil)
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Println(op.Op, op.Net)
	}
	s := err.Error()
	fmt.Println(s[len(s)-len("connect: connection refused"):])
	_, err = net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Dial("udpx", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Dial("tcp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Listen("tcp", "127.0.0.1:99999")
	fmt.Println(err)
	l1, _ := net.Listen("tcp", "127.0.0.1:0")
	_, err = net.Listen("tcp", l1.Addr().String())
	e := err.Error()
	fmt.Println(e[len(e)-len("address already in use"):])
	l1.Close()
	_, err = l1.Accept()
	fmt.Println(err != nil)
	e = err.Error()
	fmt.Println(e[len(e)-len("use of closed network connection"):])
}
