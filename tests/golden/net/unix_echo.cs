// checks: a unix-domain echo server and client in one program: addresses
// (an unnamed client end reads "@"), errors, CloseWrite, and the socket
// file removed by the listener's Close
package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "unixecho")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := dir + "/echo.sock"
	ln, err := net.Listen("unix", path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ln.Addr().String() == path, ln.Addr().Network())
	_, err = net.Listen("unix", path)
	fmt.Println(strings.Replace(err.Error(), path, "PATH", 1))
	done := make(chan bool)
	info := make(chan string, 1) // printed by main: the two sides' lines in a fixed order
	go func() {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println(err)
			return
		}
		info <- fmt.Sprint("server local: ", c.LocalAddr().String() == path, " remote: ", c.RemoteAddr())
		r := bufio.NewReader(c)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				fmt.Println("server:", err)
				break
			}
			fmt.Fprintf(c, "echo %s", line)
		}
		c.Close()
		done <- true
	}()
	c, err := net.Dial("unix", path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("client local:", c.LocalAddr(), "remote:", c.RemoteAddr().String() == path)
	fmt.Println(<-info)
	r := bufio.NewReader(c)
	for _, w := range []string{"one", "two", "three"} {
		fmt.Fprintln(c, w)
		line, _ := r.ReadString('\n')
		fmt.Print(line)
	}
	c.(*net.UnixConn).CloseWrite()
	<-done
	_, err = r.ReadString('\n')
	fmt.Println("client:", err)
	c.Close()
	ln.Close()
	_, err = os.Stat(path)
	fmt.Println("removed:", os.IsNotExist(err))
	_, err = net.Dial("unix", path)
	fmt.Println(strings.Replace(err.Error(), path, "PATH", 1))
	_, err = net.Dial("unix", "/nonexistent/dir/x.sock")
	fmt.Println(err)
	a, err := net.ResolveUnixAddr("unix", "/tmp/x.sock")
	fmt.Println(a, a.Network(), err)
	_, err = ln.Accept()
	fmt.Println(strings.Replace(err.Error(), path, "PATH", 1))
}
