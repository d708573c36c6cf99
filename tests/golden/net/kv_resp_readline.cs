// A Redis-like line protocol over TCP: bufio ReadLine on the server, ReadString until EOF on the client.

package main

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
)

// A tiny Redis-like key/value protocol over TCP.
func serve(c net.Conn, store map[string]string) {
	defer c.Close()
	r := bufio.NewReader(c)
	w := bufio.NewWriter(c)
	defer w.Flush()
	for {
		line, _, err := r.ReadLine()
		if err != nil {
			return
		}
		f := strings.Fields(string(line))
		if len(f) == 0 {
			continue
		}
		switch strings.ToUpper(f[0]) {
		case "SET":
			store[f[1]] = strings.Join(f[2:], " ")
			w.WriteString("+OK\r\n")
		case "GET":
			v, ok := store[f[1]]
			if !ok {
				w.WriteString("$-1\r\n")
			} else {
				w.WriteString("$" + strconv.Itoa(len(v)) + "\r\n" + v + "\r\n")
			}
		case "QUIT":
			w.WriteString("+BYE\r\n")
			return
		default:
			fmt.Fprintf(w, "-ERR unknown command '%s'\r\n", f[0])
		}
		w.Flush()
	}
}

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		store := map[string]string{}
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			serve(c, store)
		}
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	fmt.Fprint(c, "SET name gopher the great\r\nGET name\r\nGET nope\r\nPING\r\n\r\nQUIT\r\n")
	r := bufio.NewReader(c)
	for {
		l, err := r.ReadString('\n')
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%q\n", l)
	}
}
