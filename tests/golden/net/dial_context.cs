// checks: Dialer.DialContext connects; a canceled context fails the dial
// with "operation was canceled" (Is context.Canceled), a past deadline with
// "i/o timeout" that Is context.DeadlineExceeded, not os.ErrDeadlineExceeded
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
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
			c.Write([]byte("welcome\n"))
			c.Close()
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial failed:", err)
		return
	}
	buf := make([]byte, 64)
	n, _ := c.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	c.Close()

	canceled, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, err = d.DialContext(canceled, "tcp", ln.Addr().String())
	fmt.Println(strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1))
	fmt.Println(errors.Is(err, context.Canceled))

	past, cancel3 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel3()
	_, err = d.DialContext(past, "tcp", ln.Addr().String())
	fmt.Println(strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1))
	fmt.Println(errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded))
	old := net.Dialer{Deadline: time.Now().Add(-time.Second)}
	_, err = old.Dial("tcp", ln.Addr().String())
	fmt.Println(errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded), err.(net.Error).Timeout())
	_, err = d.DialContext(ctx, "tcp", "no-port")
	fmt.Println(err)
	c2, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second)
	fmt.Println(err, c2 != nil)
	if c2 != nil {
		c2.Close()
	}
}
