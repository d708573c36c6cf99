// A line protocol (SET/GET/DEL/QUIT) served over net.Conn with bufio.Scanner
// and fmt.Fprintf/Fprintln to a bufio.Writer.
package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

type store struct {
	mu sync.RWMutex
	m  map[string]string
}

func (s *store) handle(c net.Conn) {
	defer c.Close()
	sc := bufio.NewScanner(c)
	w := bufio.NewWriter(c)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		switch strings.ToUpper(f[0]) {
		case "SET":
			if len(f) != 3 {
				fmt.Fprintln(w, "ERR usage: SET key value")
				break
			}
			s.mu.Lock()
			s.m[f[1]] = f[2]
			s.mu.Unlock()
			fmt.Fprintln(w, "OK")
		case "GET":
			s.mu.RLock()
			v, ok := s.m[f[1]]
			s.mu.RUnlock()
			if !ok {
				fmt.Fprintf(w, "NIL %q\n", f[1])
			} else {
				fmt.Fprintf(w, "VAL %s\n", v)
			}
		case "DEL":
			s.mu.Lock()
			delete(s.m, f[1])
			s.mu.Unlock()
			fmt.Fprintln(w, "OK")
		case "QUIT":
			fmt.Fprintln(w, "BYE")
			w.Flush()
			return
		default:
			fmt.Fprintf(w, "ERR unknown command %q\n", f[0])
		}
		w.Flush()
	}
}

func main() {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	s := &store{m: map[string]string{}}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.handle(c)
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	cmds := []string{"SET a 1", "SET b two", "GET a", "GET b", "GET zz", "", "DEL a", "GET a", "set x", "FLY away", "QUIT"}
	sc := bufio.NewScanner(c)
	for _, cmd := range cmds {
		fmt.Fprintf(c, "%s\r\n", cmd)
		if cmd == "" {
			continue
		}
		if !sc.Scan() {
			fmt.Println("connection closed early:", sc.Err())
			return
		}
		fmt.Printf("%-10s -> %s\n", cmd, sc.Text())
	}
	if !sc.Scan() {
		fmt.Println("server closed, scanner err:", sc.Err())
	}
}
