// checks: Close waits, as Go's does, for the goroutines blocked on the
// socket to leave their system calls: at GOMAXPROCS(1) the woken Accept
// and Read report their errors before Close returns, and the listener's
// port can be bound again at once
package main

import (
	"errors"
	"fmt"
	"net"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	go func() {
		_, err := ln.Accept()
		fmt.Println("accept woke:", errors.Is(err, net.ErrClosed))
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("closing listener")
	ln.Close()
	fmt.Println("listener closed")
	ln2, err := net.Listen("tcp", addr)
	fmt.Println("port free again:", err == nil)

	go func() {
		c, err := ln2.Accept()
		if err == nil {
			time.Sleep(time.Second)
			c.Close()
		}
	}()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		panic(err)
	}
	go func() {
		_, err := c.Read(make([]byte, 1))
		fmt.Println("read woke:", errors.Is(err, net.ErrClosed))
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("closing conn")
	c.Close()
	fmt.Println("conn closed")
	ln2.Close()
}
