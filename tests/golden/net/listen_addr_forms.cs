// Which addresses a listener of each form ends up on, seen from dials to
// "", 127.0.0.1, localhost and ::1 (no port numbers printed).
package main

import (
	"fmt"
	"net"
	"strconv"
	"time"
)

func main() {
	for _, spec := range [][2]string{{"tcp", ":0"}, {"tcp4", ":0"}, {"tcp", "localhost:0"}, {"tcp", "127.0.0.1:0"}, {"tcp4", "0.0.0.0:0"}, {"tcp", ""}, {"tcp6", "[::1]:0"}, {"tcp", "[::]:0"}} {
		ln, err := net.Listen(spec[0], spec[1])
		if err != nil {
			fmt.Println(spec, "error:", err)
			continue
		}
		a := ln.Addr().(*net.TCPAddr)
		fmt.Printf("%v -> ip %v zone %q network %s port>0 %v\n", spec, a.IP, a.Zone, ln.Addr().Network(), a.Port > 0)
		port := strconv.Itoa(a.Port)
		for _, host := range []string{"", "127.0.0.1", "localhost", "::1"} {
			c, err := net.DialTimeout("tcp", net.JoinHostPort(host, port), time.Second)
			if err != nil {
				fmt.Printf("   dial %q: failed\n", host)
				continue
			}
			ra := c.RemoteAddr().(*net.TCPAddr)
			la := c.LocalAddr().(*net.TCPAddr)
			fmt.Printf("   dial %q: remote %v local %v same port %v\n", host, ra.IP, la.IP, ra.Port == a.Port)
			c.Close()
		}
		ln.Close()
	}
}
