package main

import (
	"fmt"
	"net"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	c, err := net.DialTimeout("tcp", ln.Addr().String(), 0)
	fmt.Println(err, c != nil)
	_, err = net.DialTimeout("tcp", "127.0.0.1:1", 0)
	fmt.Println(err)
	_, err = net.DialTimeout("tcp", "127.0.0.1:1", -time.Second)
	fmt.Println(err)
	_, err = net.DialTimeout("tcp", "127.0.0.1", -time.Second)
	fmt.Println(err)
	_, err = net.DialTimeout("tcpx", "127.0.0.1:1", time.Second)
	fmt.Println(err)
	_, err = net.DialTimeout("tcp", "", time.Second)
	fmt.Println(err)
	c, err = net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	fmt.Println(err, c != nil)
}
