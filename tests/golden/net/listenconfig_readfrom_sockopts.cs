// ListenConfig.Listen, TCPListener deadlines and AcceptTCP, socket options
// including buffer sizes, TCPConn.ReadFrom, Dialer with a cancelled context.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

func main() {
	var lc net.ListenConfig
	ln, err := lc.Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	tl := ln.(*net.TCPListener)
	tl.SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = tl.AcceptTCP()
	fmt.Println("accept timeout:", errors.Is(err, os.ErrDeadlineExceeded), strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1))
	tl.SetDeadline(time.Time{})

	go func() {
		c, err := tl.AcceptTCP()
		if err != nil {
			return
		}
		fmt.Println("keepalive:", c.SetKeepAlive(true), c.SetKeepAlivePeriod(time.Minute))
		fmt.Println("linger:", c.SetLinger(-1), "nodelay:", c.SetNoDelay(false))
		fmt.Println("buffers:", c.SetReadBuffer(1<<16), c.SetWriteBuffer(1<<16))
		n, err := c.ReadFrom(strings.NewReader(strings.Repeat("z", 5000)))
		fmt.Println("ReadFrom:", n, err)
		c.Close()
	}()
	d := net.Dialer{Timeout: time.Second, KeepAlive: -1}
	c, err := d.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	var sb strings.Builder
	n, err := io.Copy(&sb, c)
	fmt.Println("copied", n, err, sb.Len())
	c.Close()

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = d.DialContext(ctx, "tcp", ln.Addr().String())
	fmt.Println(strings.Replace(err.Error(), ln.Addr().String(), "ADDR", 1))
	_, err = lc.Listen(ctx, "tcp", "127.0.0.1:0")
	fmt.Println("listen with canceled ctx:", err)
	ln.Close()
	fmt.Println("close twice:", strings.Replace(fmt.Sprint(ln.Close()), ln.Addr().String(), "ADDR", 1))
}
