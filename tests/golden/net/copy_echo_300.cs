package main

import (
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	var served int64
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				io.Copy(c, c)
				c.Close()
				atomic.AddInt64(&served, 1)
			}(c)
		}
	}()
	const N = 300
	var wg sync.WaitGroup
	var bytes int64
	var fails int64
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				atomic.AddInt64(&fails, 1)
				return
			}
			msg := []byte(fmt.Sprintf("message-%04d", i))
			for k := 0; k < 10; k++ {
				if _, err := c.Write(msg); err != nil {
					atomic.AddInt64(&fails, 1)
					break
				}
				buf := make([]byte, len(msg))
				if _, err := io.ReadFull(c, buf); err != nil || string(buf) != string(msg) {
					atomic.AddInt64(&fails, 1)
					break
				}
				atomic.AddInt64(&bytes, int64(len(buf)))
			}
			c.Close()
		}(i)
	}
	wg.Wait()
	fmt.Println("bytes", bytes, "fails", fails)
	ln.Close()
}
