package main

import (
	"fmt"
	"io"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	const size = 1 << 20
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		buf := make([]byte, size)
		for i := range buf {
			buf[i] = byte(i * 7)
		}
		n, err := c.Write(buf)
		fmt.Println("server wrote", n, err)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	data, err := io.ReadAll(c)
	fmt.Println(len(data), err)
	sum := 0
	for _, b := range data {
		sum += int(b)
	}
	fmt.Println(sum)
	c.Close()
	ln.Close()
}
