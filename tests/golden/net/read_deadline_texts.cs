// Read deadline errors as users print them (addresses masked): timeout, past
// deadline, cleared deadline, use after close.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func mask(err error, c net.Conn) string {
	s := err.Error()
	s = strings.ReplaceAll(s, c.LocalAddr().String(), "LOCAL")
	s = strings.ReplaceAll(s, c.RemoteAddr().String(), "REMOTE")
	return s
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srvc := make(chan net.Conn)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			panic(err)
		}
		srvc <- c
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	srv := <-srvc

	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	buf := make([]byte, 16)
	n, err := c.Read(buf)
	fmt.Println("n:", n)
	fmt.Println("err:", mask(err, c))
	var ne net.Error
	if errors.As(err, &ne) {
		fmt.Println("timeout:", ne.Timeout())
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		fmt.Println("op:", oe.Op, "net:", oe.Net)
	}
	fmt.Println("deadline exceeded:", errors.Is(err, os.ErrDeadlineExceeded))

	// still timed out until the deadline moves
	_, err = c.Read(buf)
	fmt.Println("again:", mask(err, c))
	c.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Fprintf(srv, "late hello")
	}()
	n, err = c.Read(buf)
	fmt.Println("after clearing:", string(buf[:n]), err)

	// a deadline in the past fails at once, even with data waiting
	fmt.Fprintf(srv, "pending")
	time.Sleep(10 * time.Millisecond)
	c.SetDeadline(time.Now().Add(-time.Second))
	_, err = c.Read(buf)
	fmt.Println("past deadline:", mask(err, c))
	_, err = c.Write([]byte("x"))
	fmt.Println("write past deadline:", mask(err, c))
	c.SetDeadline(time.Time{})
	n, err = c.Read(buf)
	fmt.Println("pending data:", string(buf[:n]), err)

	srv.Close()
	n, err = c.Read(buf)
	fmt.Println("peer closed:", n, err)
	c.Close()
	_, err = c.Read(buf)
	fmt.Println("use after close:", mask(err, c))
	fmt.Println("is ErrClosed:", errors.Is(err, net.ErrClosed))
	ln.Close()
}
