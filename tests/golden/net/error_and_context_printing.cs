// How contexts, addresses and net/os error values print.

package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"sync"
	"time"
)

func main() {
	fmt.Println(time.Now().Location(), time.UTC, time.Local.String())
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	tctx, c2 := context.WithTimeout(ctx, time.Hour)
	fmt.Println(strings.HasPrefix(fmt.Sprint(tctx), "context.Background.WithCancel.WithDeadline("))
	vctx := context.WithValue(ctx, "k", "v")
	fmt.Println(vctx)
	cancel()
	c2()
	fmt.Printf("%v|%q|%T\n", context.Canceled, context.DeadlineExceeded.Error(), ctx)
	addr := &net.TCPAddr{IP: net.ParseIP("10.0.0.1"), Port: 80}
	fmt.Println(addr, addr.Network(), net.IPv4(1, 2, 3, 4), net.ParseIP("::1"), net.JoinHostPort("::1", "8080"))
	h, p, err := net.SplitHostPort("[::1]:80")
	fmt.Println(h, p, err)
	_, _, err = net.SplitHostPort("nocolon")
	fmt.Println(err)
	var wg sync.WaitGroup
	fmt.Printf("%T %T\n", &wg, os.ErrDeadlineExceeded)
	fmt.Println(os.ErrDeadlineExceeded, errors.Is(os.ErrDeadlineExceeded, context.DeadlineExceeded))
	fmt.Println(net.ErrClosed, os.ErrClosed, os.ErrNotExist, os.ErrPermission)
	var ne net.Error = &net.OpError{Op: "read", Net: "tcp", Err: os.ErrDeadlineExceeded}
	fmt.Println(ne, ne.Timeout())
	ae := &net.AddrError{Err: "missing port in address", Addr: "x"}
	fmt.Println(ae, &net.DNSError{Err: "no such host", Name: "foo.invalid"})
}
