// The dynamic types along error chains users print with %T: net and os
// share internal/poll's errors (*poll.DeadlineExceededError,
// poll.errNetClosing), as in Go.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

func chain(label string, err error) {
	fmt.Printf("%s:", label)
	for err != nil {
		fmt.Printf(" %T", err)
		err = errors.Unwrap(err)
	}
	fmt.Println()
}

func main() {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	chain("refused", err)
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)))

	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	fmt.Printf("%T %T\n", ln, ln.Addr())
	go func() {
		c, _ := ln.Accept()
		time.Sleep(200 * time.Millisecond)
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	fmt.Printf("%T %T\n", c, c.RemoteAddr())
	c.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	_, err = c.Read(make([]byte, 1))
	chain("timeout", err)
	fmt.Println(errors.Unwrap(err))
	c.Close()
	_, err = c.Read(make([]byte, 1))
	chain("closed", err)
	fmt.Println(errors.Unwrap(err))
	ln.Close()
	_, err = ln.Accept()
	chain("accept closed", err)

	_, err = os.ReadFile("/nonexistent/file")
	chain("readfile", err)
	_, err = net.Dial("tcp", "127.0.0.1")
	chain("missing port", err)
	_, err = net.Dial("tcp", "nosuchhost.invalid:80")
	chain("dns", err)

	chain("eof", io.EOF)
	chain("unexpected eof", io.ErrUnexpectedEOF)
	chain("canceled", context.Canceled)
	chain("deadline", context.DeadlineExceeded)
	chain("os deadline", os.ErrDeadlineExceeded)
	chain("wrapped", fmt.Errorf("layer: %w", fmt.Errorf("inner: %w", io.EOF)))

	ctx, cancel := context.WithCancel(context.Background())
	tctx, tcancel := context.WithTimeout(ctx, time.Hour)
	vctx := context.WithValue(tctx, "k", 1)
	fmt.Printf("%T %T %T %T\n", context.Background(), ctx, tctx, vctx)
	cancel()
	tcancel()

	t := time.NewTimer(time.Hour)
	tk := time.NewTicker(time.Hour)
	fmt.Printf("%T %T %T %T\n", t, t.C, tk, time.Second)
	t.Stop()
	tk.Stop()
	var wg sync.WaitGroup
	var mu sync.RWMutex
	var n atomic.Int64
	var v atomic.Value
	fmt.Printf("%T %T %T %T %T\n", &wg, &mu, &n, v, mu.RLocker())
}
