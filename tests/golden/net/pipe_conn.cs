// checks: net.Pipe joins two Conns synchronously: a Write is taken by
// several small Reads, Close gives io.EOF at the other end and
// io.ErrClosedPipe at its own, deadlines fail with "read pipe: i/o timeout"
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"
)

func handle(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		fmt.Fprintf(c, "echo: %s", strings.ToUpper(line))
	}
}

func main() {
	client, server := net.Pipe()
	go handle(server)
	r := bufio.NewReader(client)
	for _, m := range []string{"one", "two"} {
		fmt.Fprintln(client, m)
		resp, _ := r.ReadString('\n')
		fmt.Print(resp)
	}
	fmt.Println(client.LocalAddr(), client.RemoteAddr().Network())
	client.Close()
	_, err := client.Write([]byte("x"))
	fmt.Println("write after close:", err, err == io.ErrClosedPipe)
	_, err = client.Read(make([]byte, 1))
	fmt.Println("read after close:", err)
	fmt.Println("set deadline after close:", client.SetDeadline(time.Now()))
	fmt.Println("close twice:", client.Close())

	a, b := net.Pipe()
	a.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	_, err = a.Read(make([]byte, 4))
	fmt.Println(err)
	var ne net.Error
	fmt.Println(errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
	a.SetReadDeadline(time.Time{})
	done := make(chan string)
	go func() {
		buf := make([]byte, 3)
		var parts []string
		for {
			n, err := a.Read(buf)
			if err != nil {
				parts = append(parts, err.Error())
				break
			}
			parts = append(parts, string(buf[:n]))
		}
		done <- strings.Join(parts, "|")
	}()
	n, err := b.Write([]byte("abcdefgh"))
	fmt.Println("wrote", n, err)
	b.SetWriteDeadline(time.Now().Add(-time.Second))
	_, err = b.Write([]byte("late"))
	fmt.Println(err)
	b.Close()
	fmt.Println(<-done)
	c, d := net.Pipe()
	go func() {
		time.Sleep(50 * time.Millisecond)
		d.Close()
	}()
	n, err = c.Write([]byte("nobody reads"))
	fmt.Println(n, err)
	c.SetWriteDeadline(time.Now().Add(30 * time.Millisecond))
}
