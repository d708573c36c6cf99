// checks: a read deadline's error: an *net.OpError "read" on "tcp"
// wrapping i/o timeout, Timeout() true, Is os.ErrDeadlineExceeded; clearing
// the deadline lets a later Read get data, then EOF, then ErrClosed
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	accepted := make(chan net.Conn)
	go func() {
		c, _ := ln.Accept()
		accepted <- c
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	server := <-accepted

	conn.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	buf := make([]byte, 10)
	n, err := conn.Read(buf)
	fmt.Println("n =", n)
	local, remote := conn.LocalAddr().String(), conn.RemoteAddr().String()
	msg := strings.Replace(err.Error(), local, "LOCAL", 1)
	msg = strings.Replace(msg, remote, "REMOTE", 1)
	fmt.Println("err:", msg)
	var ne net.Error
	if errors.As(err, &ne) {
		fmt.Println("timeout:", ne.Timeout())
	}
	fmt.Println("is deadline exceeded:", errors.Is(err, os.ErrDeadlineExceeded))
	if op, ok := err.(*net.OpError); ok {
		fmt.Println("op:", op.Op, "net:", op.Net, "inner:", op.Err)
	}

	// Still timed out until the deadline is moved.
	_, err = conn.Read(buf)
	fmt.Println("second read still times out:", err != nil)
	conn.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(50 * time.Millisecond)
		server.Write([]byte("late data"))
	}()
	n, err = conn.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	server.Close()
	n, err = conn.Read(buf)
	fmt.Println(n, err)
	conn.Close()
	_, err = conn.Read(buf)
	fmt.Println("read after close:", strings.Contains(err.Error(), "use of closed network connection"), errors.Is(err, net.ErrClosed))
	ln.Close()
}
