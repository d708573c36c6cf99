// echo: a TCP echo server with a goroutine per connection, and a client
// with C connections each sending M messages of 64 bytes and reading them
// back, all on loopback.
// Size: messages per connection (default 5000), 50 connections.
// Check value: bytes echoed, 50 * M * 64 (16000000 for 5000).
package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
)

const conns = 50
const msgSize = 64

func serve(c net.Conn) {
	buf := make([]byte, 4096)
	for {
		n, err := c.Read(buf)
		if n > 0 {
			c.Write(buf[:n])
		}
		if err != nil {
			c.Close()
			return
		}
	}
}

func client(addr string, m int, done chan int) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println(err)
		done <- 0
		return
	}
	msg := make([]byte, msgSize)
	for i := range msg {
		msg[i] = byte('a' + i%26)
	}
	buf := make([]byte, msgSize)
	total := 0
	for i := 0; i < m; i++ {
		c.Write(msg)
		got := 0
		for got < msgSize {
			n, err := c.Read(buf[got:])
			if err != nil {
				fmt.Println(err)
				done <- total
				return
			}
			got += n
		}
		total += got
	}
	c.Close()
	done <- total
}

func main() {
	m := 5000
	if len(os.Args) > 1 {
		m, _ = strconv.Atoi(os.Args[1])
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
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
	done := make(chan int)
	for i := 0; i < conns; i++ {
		go client(ln.Addr().String(), m, done)
	}
	total := 0
	for i := 0; i < conns; i++ {
		total += <-done
	}
	ln.Close()
	fmt.Println(total)
}
