// checks: a TCP echo server under many concurrent connections; every
// byte comes back unchanged.
//
//	echo_10k                 server and 1,000 clients in this process
//	echo_10k server N        serve N connections on 127.0.0.1:0, print the
//	                         address first, then a summary; exit when done
//	echo_10k client ADDR N   N connections to ADDR, all open at once
//
// echo_10k.sh runs the last two as separate processes for 10,000
// connections: both ends in one process would need 20,000 descriptors,
// more than RLIMIT_NOFILE's hard limit allows on common set-ups.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"sync"
)

const msgSize = 2000

func message(id int) []byte {
	b := make([]byte, msgSize)
	for j := range b {
		b[j] = byte(id*31 + j*7 + j>>8)
	}
	return b
}

// serve echoes n connections and reports the bytes echoed when all are done.
func serve(ln net.Listener, n int, done chan<- int64) {
	var mu sync.Mutex
	var total int64
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			os.Exit(1)
		}
		go func() {
			w, err := io.Copy(c, c)
			if err != nil {
				fmt.Println("echo:", err)
			}
			c.Close()
			mu.Lock()
			total += w
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	done <- total
}

// clients opens n connections, waits until all are open, then has each
// send its message and read it back; returns how many came back intact.
func clients(addr string, n int) int {
	conns := make([]net.Conn, n)
	var dialed sync.WaitGroup
	dialed.Add(n)
	for i := 0; i < n; i++ {
		i := i
		go func() {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				fmt.Println("dial:", err)
				os.Exit(1)
			}
			conns[i] = c
			dialed.Done()
		}()
	}
	dialed.Wait()
	results := make(chan bool, n)
	for i := 0; i < n; i++ {
		i := i
		go func() {
			c := conns[i]
			msg := message(i)
			if _, err := c.Write(msg); err != nil {
				fmt.Println("write:", err)
				results <- false
				return
			}
			got := make([]byte, msgSize)
			_, err := io.ReadFull(c, got)
			c.Close()
			results <- err == nil && string(got) == string(msg)
		}()
	}
	ok := 0
	for i := 0; i < n; i++ {
		if <-results {
			ok++
		}
	}
	return ok
}

func listen() net.Listener {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	return ln
}

func count(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		fmt.Println("bad count:", s)
		os.Exit(2)
	}
	return n
}

func main() {
	args := os.Args[1:]
	switch {
	case len(args) == 0:
		const n = 1000
		ln := listen()
		done := make(chan int64)
		go serve(ln, n, done)
		ok := clients(ln.Addr().String(), n)
		total := <-done
		fmt.Println(ok, "of", n, "connections echoed intact,", total, "bytes")
	case len(args) == 2 && args[0] == "server":
		n := count(args[1])
		ln := listen()
		fmt.Println(ln.Addr().String())
		done := make(chan int64)
		go serve(ln, n, done)
		fmt.Println("served", n, "connections,", <-done, "bytes")
	case len(args) == 3 && args[0] == "client":
		n := count(args[2])
		fmt.Println(clients(args[1], n), "of", n, "connections echoed intact")
	default:
		fmt.Println("usage: echo_10k [server N | client ADDR N]")
		os.Exit(2)
	}
}
