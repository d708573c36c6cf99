package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

func tail(err error) string {
	if err == nil {
		return "<nil>"
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		return s[i+2:]
	}
	return s
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	acc := make(chan error)
	go func() {
		_, err := ln.Accept()
		acc <- err
	}()
	time.Sleep(10 * time.Millisecond)
	ln.Close()
	err = <-acc
	fmt.Println("accept:", tail(err), errors.Is(err, net.ErrClosed))

	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln2.Close()
	go func() {
		c, err := ln2.Accept()
		if err == nil {
			time.Sleep(10 * time.Second) // main's Close comes first, however loaded the machine
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", ln2.Addr().String())
	if err != nil {
		panic(err)
	}
	rd := make(chan error)
	go func() {
		buf := make([]byte, 10)
		_, err := c.Read(buf)
		rd <- err
	}()
	time.Sleep(10 * time.Millisecond)
	c.Close()
	err = <-rd
	fmt.Println("read:", tail(err), errors.Is(err, net.ErrClosed))
	fmt.Println("close again:", tail(c.Close()))
	n, err := c.Read(make([]byte, 0))
	fmt.Println(n, tail(err))
	var ne net.Error
	fmt.Println(errors.As(err, &ne), ne != nil && ne.Timeout())
}
