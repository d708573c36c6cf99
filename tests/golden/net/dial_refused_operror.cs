package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	_, err := net.Dial("tcp", addr)
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))
	var opErr *net.OpError
	fmt.Println(errors.As(err, &opErr), opErr.Op, opErr.Net)
	_, err = net.Listen("tcp", "127.0.0.1:99999")
	fmt.Println(err)
	_, err = net.Dial("tcp", "nohostport")
	fmt.Println(err)
	_ = os.Stdout
}
