package main

import (
	"errors"
	"fmt"
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
	hold := make(chan net.Conn, 1)
	go func() {
		c, _ := ln.Accept()
		hold <- c // never reads
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	<-hold
	c.SetWriteDeadline(time.Now().Add(50 * time.Millisecond))
	chunk := make([]byte, 64*1024)
	total := 0
	for {
		n, err := c.Write(chunk)
		total += n
		if err != nil {
			fmt.Println("write stopped:", errors.Is(err, os.ErrDeadlineExceeded))
			var ne net.Error
			if errors.As(err, &ne) {
				fmt.Println("timeout:", ne.Timeout())
			}
			break
		}
		if total > 1<<30 {
			fmt.Println("wrote too much")
			break
		}
	}
	fmt.Println("wrote something:", total > 0)
	// a deadline in the past fails at once
	c.SetReadDeadline(time.Now().Add(-time.Second))
	t0 := time.Now()
	_, err = c.Read(make([]byte, 1))
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded), time.Since(t0) < time.Second)
	c.SetDeadline(time.Time{})
	c.Close()
}
