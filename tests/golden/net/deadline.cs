// checks: a read deadline interrupts a blocked Read with "i/o timeout",
// a net.Error whose Timeout() is true; clearing it lets reads work again
package main

import (
	"fmt"
	"net"
	"strings"
	"time"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	timedOut := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		<-timedOut // the client's read times out first, however loaded the machine
		c.Write([]byte("late"))
		time.Sleep(100 * time.Millisecond)
		c.Close()
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	buf := make([]byte, 10)
	start := time.Now()
	c.SetReadDeadline(start.Add(30 * time.Millisecond))
	n, err := c.Read(buf)
	el := time.Since(start)
	msg := strings.Replace(err.Error(), c.LocalAddr().String(), "LOCAL", 1)
	fmt.Println(n, strings.Replace(msg, ln.Addr().String(), "REMOTE", 1))
	ne, ok := err.(net.Error)
	fmt.Println(ok, ok && ne.Timeout(), el >= 25*time.Millisecond, el < 2*time.Second)
	_, err = c.Read(buf)
	fmt.Println("still expired:", err != nil)
	close(timedOut)
	c.SetReadDeadline(time.Time{})
	n, err = c.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	c.Close()
	ln.Close()
}
