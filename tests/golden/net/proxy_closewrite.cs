// A TCP proxy copying both ways with io.Copy, CloseWrite passing the EOF on;
// a dead backend is reported to the client.
package main

import (
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
)

func backend(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			b, _ := io.ReadAll(c)
			fmt.Fprintf(c, "backend got %d bytes: %s", len(b), strings.ToUpper(string(b)))
		}()
	}
}

func proxy(ln net.Listener, target string, wg *sync.WaitGroup) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer c.Close()
			up, err := net.Dial("tcp", target)
			if err != nil {
				fmt.Fprintf(c, "proxy error: %v", err)
				return
			}
			defer up.Close()
			done := make(chan int64)
			go func() {
				n, _ := io.Copy(up, c)
				up.(*net.TCPConn).CloseWrite()
				done <- n
			}()
			m, _ := io.Copy(c, up)
			n := <-done
			fmt.Printf("proxy: %d bytes up, %d bytes down\n", n, m)
		}()
	}
}

func main() {
	bl, _ := net.Listen("tcp", "127.0.0.1:0")
	pl, _ := net.Listen("tcp", "127.0.0.1:0")
	go backend(bl)
	var wg sync.WaitGroup
	go proxy(pl, bl.Addr().String(), &wg)

	c, err := net.Dial("tcp", pl.Addr().String())
	if err != nil {
		panic(err)
	}
	io.WriteString(c, "through the proxy")
	c.(*net.TCPConn).CloseWrite()
	reply, _ := io.ReadAll(c)
	fmt.Println(string(reply))
	c.Close()
	wg.Wait()

	bl.Close()
	c, _ = net.Dial("tcp", pl.Addr().String())
	reply, _ = io.ReadAll(c)
	fmt.Println(strings.Replace(string(reply), bl.Addr().String(), "BACKEND", 1))
	c.Close()
	wg.Wait()
	pl.Close()
}
