// A peer that closes with SO_LINGER 0: the client reads ECONNRESET, then
// writes EPIPE, and the process survives (no SIGPIPE death).
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"
)

func mask(err error, c net.Conn) string {
	s := err.Error()
	s = strings.ReplaceAll(s, c.LocalAddr().String(), "LOCAL")
	return strings.ReplaceAll(s, c.RemoteAddr().String(), "REMOTE")
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			tc := c.(*net.TCPConn)
			buf := make([]byte, 5)
			io.ReadFull(tc, buf)
			tc.SetLinger(0) // close with RST
			tc.Close()
		}
	}()

	c, _ := net.Dial("tcp", ln.Addr().String())
	c.Write([]byte("hello"))
	time.Sleep(50 * time.Millisecond)
	_, err = c.Read(make([]byte, 10))
	fmt.Println("read:", mask(err, c))
	fmt.Println("ECONNRESET:", errors.Is(err, syscall.ECONNRESET))
	_, err = c.Write([]byte("more"))
	fmt.Println("write:", mask(err, c))
	fmt.Println("EPIPE:", errors.Is(err, syscall.EPIPE))
	c.Close()

	// the process survives writes to a reset socket (no SIGPIPE death)
	c2, _ := net.Dial("tcp", ln.Addr().String())
	c2.Write([]byte("hello"))
	c2.Read(make([]byte, 1)) // returns once the reset has arrived
	var lastErr error
	for i := 0; i < 3; i++ {
		_, lastErr = c2.Write([]byte("x"))
	}
	fmt.Println("still alive, last write failed:", lastErr != nil)
	c2.Close()
	var ne net.Error
	fmt.Println(errors.As(lastErr, &ne), ne != nil && ne.Timeout())
}
