// Two spinning goroutines at GOMAXPROCS(1) do not starve TCP, stdin or pipe I/O; os.Exit from a goroutine.

package main

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	var x uint64
	for i := 0; i < 2; i++ {
		go func() {
			for {
				x++
			}
		}()
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			fmt.Fprintln(c, len(sc.Text()))
		}
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	r := bufio.NewReader(c)
	for _, s := range []string{"a", "bb", "ccc"} {
		fmt.Fprintln(c, s)
		l, _ := r.ReadString('\n')
		fmt.Print("len ", l)
	}
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		fmt.Println("stdin:", in.Text())
	}
	r2, w2, _ := os.Pipe()
	go func() { w2.Write([]byte("via pipe\n")); w2.Close() }()
	l, _ := bufio.NewReader(r2).ReadString('\n')
	fmt.Print(l)
	go func() { os.Exit(4) }()
	select {}
}
