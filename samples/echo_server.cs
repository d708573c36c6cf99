// echo_server.cs: a TCP echo server. Each accepted connection gets its own
// goroutine, which copies what it reads back to the client until the
// client closes. A goroutine blocked in Read blocks no other goroutine.
// Run: build/csc samples/echo_server.cs -o echo_server && ./echo_server [addr]
// then, in another terminal: nc 127.0.0.1 8000
package main

import (
	"fmt"
	"net"
	"os"
)

func serve(conn net.Conn) {
	defer conn.Close()
	buf := make([]byte, 4096)
	for {
		n, err := conn.Read(buf)
		if n > 0 {
			if _, werr := conn.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

func main() {
	addr := "127.0.0.1:8000"
	if len(os.Args) > 1 {
		addr = os.Args[1]
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "listen:", err)
		os.Exit(1)
	}
	fmt.Println("echoing on", ln.Addr())
	for {
		conn, err := ln.Accept()
		if err != nil {
			fmt.Fprintln(os.Stderr, "accept:", err)
			continue
		}
		go serve(conn)
	}
}
