package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

func handle(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		c.Write([]byte(strings.ToUpper(line)))
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go handle(c)
		}
	}()
	addr := ln.Addr().String()
	fmt.Println(strings.HasPrefix(addr, "127.0.0.1:"), ln.Addr().Network())
	var wg sync.WaitGroup
	results := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", addr)
			if err != nil {
				results[i] = err.Error()
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			var sb strings.Builder
			for j := 0; j < 5; j++ {
				fmt.Fprintf(c, "client %d msg %d\n", i, j)
				line, err := r.ReadString('\n')
				if err != nil {
					sb.WriteString(err.Error())
					break
				}
				sb.WriteString(strings.TrimSpace(line))
				sb.WriteString(";")
			}
			results[i] = sb.String()
		}(i)
	}
	wg.Wait()
	for _, r := range results[:3] {
		fmt.Println(r)
	}
	ok := 0
	for i, r := range results {
		if r == fmt.Sprintf("CLIENT %d MSG 0;CLIENT %d MSG 1;CLIENT %d MSG 2;CLIENT %d MSG 3;CLIENT %d MSG 4;", i, i, i, i, i) {
			ok++
		}
	}
	fmt.Println("ok clients:", ok)
}
