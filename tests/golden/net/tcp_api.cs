// checks: ResolveTCPAddr, ListenTCP, DialTCP, AcceptTCP and TCPAddr fields
package main

import (
	"fmt"
	"net"
)

func main() {
	a, err := net.ResolveTCPAddr("tcp", "127.0.0.1:0")
	fmt.Println(a, err, a.Port, a.IP.String(), a.Network())
	_, err = net.ResolveTCPAddr("tcp", "nope")
	fmt.Println(err)
	b, _ := net.ResolveTCPAddr("tcp", "[::1]:80")
	fmt.Println(b, b.IP.To4() == nil)
	ln, err := net.ListenTCP("tcp", a)
	if err != nil {
		fmt.Println(err)
		return
	}
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println(addr.IP.String(), addr.Port > 0)
	done := make(chan string)
	go func() {
		c, err := ln.AcceptTCP()
		if err != nil {
			done <- err.Error()
			return
		}
		buf := make([]byte, 16)
		n, _ := c.Read(buf)
		c.Close()
		done <- string(buf[:n])
	}()
	c, err := net.DialTCP("tcp", nil, addr)
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Write([]byte("over tcp"))
	fmt.Println(<-done)
	c.Close()
	ln.Close()
	fmt.Println(net.ParseIP("10.0.0.1").Equal(net.IPv4(10, 0, 0, 1)), net.JoinHostPort("::1", "8080"))
}
