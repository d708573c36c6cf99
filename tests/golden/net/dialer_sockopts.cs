package main

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			tc := c.(*net.TCPConn)
			tc.SetKeepAlive(true)
			tc.SetKeepAlivePeriod(30 * time.Second)
			c.Write([]byte("hi"))
			c.Close()
		}
	}()
	d := &net.Dialer{Timeout: 2 * time.Second, KeepAlive: 15 * time.Second}
	c, err := d.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	tc := c.(*net.TCPConn)
	fmt.Println(tc.SetNoDelay(false), tc.SetLinger(0), tc.SetLinger(-1), tc.SetKeepAlivePeriod(1500*time.Millisecond))
	clean := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		s := strings.Replace(err.Error(), c.LocalAddr().String(), "L", 1)
		return strings.Replace(s, ln.Addr().String(), "R", 1)
	}
	fmt.Println(clean(tc.SetKeepAlivePeriod(0)))
	buf := make([]byte, 2)
	n, _ := c.Read(buf)
	fmt.Println(string(buf[:n]))
	c.Close()
	fmt.Println(clean(tc.SetNoDelay(true)), clean(tc.SetKeepAlive(true)))
	d2 := net.Dialer{Deadline: time.Now().Add(-time.Second)}
	_, err = d2.Dial("tcp", ln.Addr().String())
	fmt.Println(clean(err))
	var d3 net.Dialer
	c3, err := d3.Dial("tcp", ln.Addr().String())
	fmt.Println(err, c3 != nil)
	_, err = d3.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
}
