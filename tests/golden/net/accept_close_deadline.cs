// checks: closing a listener unblocks a pending Accept with "use of
// closed network connection" (Is net.ErrClosed); a listener deadline
// makes Accept time out
package main

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	addr := ln.Addr().String()
	done := make(chan error)
	go func() {
		_, err := ln.Accept()
		done <- err
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("closing listener")
	fmt.Println("close:", ln.Close())
	err = <-done
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))
	fmt.Println(errors.Is(err, net.ErrClosed))
	fmt.Println("close again:", strings.Replace(ln.Close().Error(), addr, "ADDR", 1))
	_, err = ln.Accept()
	fmt.Println("accept after close:", err != nil)

	tl, _ := net.Listen("tcp", "127.0.0.1:0")
	taddr := tl.Addr().String()
	tl.(*net.TCPListener).SetDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = tl.Accept()
	fmt.Println(strings.Replace(err.Error(), taddr, "ADDR", 1))
	ne, ok := err.(net.Error)
	fmt.Println(ok && ne.Timeout())
	tl.Close()
}
