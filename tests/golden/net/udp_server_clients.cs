// checks: one UDP server goroutine (ListenUDP on udp4, read deadlines as an
// idle timeout, WriteToUDP replies) and four Dial("udp") clients; an oversized
// datagram is cut to the buffer; a send to a closed port makes the next
// Read fail with "connection refused"
package main

import (
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
	"time"
)

func main() {
	conn, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 0})
	if err != nil {
		panic(err)
	}
	fmt.Println(conn.LocalAddr().(*net.UDPAddr).IP)
	var mu sync.Mutex
	var got []string
	done := make(chan bool)
	go func() {
		buf := make([]byte, 4)
		for {
			conn.SetReadDeadline(time.Now().Add(time.Second)) // idle: every client has long sent
			n, from, err := conn.ReadFromUDP(buf)
			if err != nil {
				if ne, ok := err.(net.Error); ok && ne.Timeout() {
					fmt.Println("idle, stopping")
				}
				done <- true
				return
			}
			mu.Lock()
			got = append(got, string(buf[:n]))
			mu.Unlock()
			conn.WriteToUDP([]byte("ack"), from)
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c, err := net.Dial("udp", conn.LocalAddr().String())
			if err != nil {
				fmt.Println(err)
				return
			}
			defer c.Close()
			c.Write([]byte(fmt.Sprintf("msg-%d-truncated", i)))
			b := make([]byte, 16)
			c.SetReadDeadline(time.Now().Add(time.Second))
			n, err := c.Read(b)
			if err != nil || string(b[:n]) != "ack" {
				fmt.Println("bad ack", err)
			}
		}(i)
	}
	wg.Wait()
	<-done
	sort.Strings(got)
	fmt.Println(strings.Join(got, ","))
	conn.Close()
	c, _ := net.Dial("udp", conn.LocalAddr().String())
	c.Write([]byte("x"))
	c.SetReadDeadline(time.Now().Add(time.Second))
	_, err = c.Read(make([]byte, 1))
	fmt.Println(strings.Contains(err.Error(), "connection refused"), strings.HasPrefix(err.Error(), "read udp 127.0.0.1:"))
}
