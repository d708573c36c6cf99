// checks: Listen on 127.0.0.1:0, Accept, Dial, an echo round trip, the
// addresses' networks, and io.EOF after the peer closes
package main

import (
	"fmt"
	"io"
	"net"
	"strings"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ln.Addr().Network(), strings.HasPrefix(ln.Addr().String(), "127.0.0.1:"))
	go func() {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		buf := make([]byte, 100)
		for {
			n, err := c.Read(buf)
			if err != nil {
				c.Close()
				return
			}
			c.Write(buf[:n])
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.RemoteAddr().String() == ln.Addr().String(), c.LocalAddr().Network())
	for _, msg := range []string{"hello", "world", strings.Repeat("x", 10000)} {
		if _, err := c.Write([]byte(msg)); err != nil {
			fmt.Println(err)
		}
		got := make([]byte, len(msg))
		n, err := io.ReadFull(c, got)
		fmt.Println(n, err, string(got) == msg)
	}
	c.(*net.TCPConn).CloseWrite()
	n, err := c.Read(make([]byte, 10))
	fmt.Println(n, err, err == io.EOF)
	c.Close()
	ln.Close()
}
