// Go listens on a dual-stack socket for either wildcard (0.0.0.0, ::) unless the network names a version.

package main

import (
	"fmt"
	"net"
	"strings"
)

func mask(s string) string { return s[:strings.LastIndex(s, ":")] + ":PORT" }

func main() {
	for _, a := range [][2]string{{"udp", "0.0.0.0:0"}, {"udp4", "0.0.0.0:0"}, {"udp", ":0"}, {"udp", "[::]:0"}, {"udp4", "[::]:0"}} {
		pc, err := net.ListenPacket(a[0], a[1])
		if err != nil {
			fmt.Println(a, err)
			continue
		}
		fmt.Println(a, mask(pc.LocalAddr().String()))
		c, err := net.Dial("udp", "127.0.0.1"+pc.LocalAddr().String()[strings.LastIndex(pc.LocalAddr().String(), ":"):])
		if err != nil {
			fmt.Println(err)
			continue
		}
		c.Write([]byte("hi"))
		b := make([]byte, 8)
		n, from, err := pc.ReadFrom(b)
		fmt.Println(string(b[:n]), mask(from.String()), err)
		pc.WriteTo([]byte("back"), from)
		n, _ = c.Read(b)
		fmt.Println(string(b[:n]))
		c.Close()
		pc.Close()
	}
	for _, a := range [][2]string{{"tcp", "0.0.0.0:0"}, {"tcp", "[::]:0"}, {"tcp4", "0.0.0.0:0"}, {"tcp6", "[::]:0"}} {
		ln, err := net.Listen(a[0], a[1])
		if err != nil {
			fmt.Println(a, err)
			continue
		}
		port := ln.Addr().(*net.TCPAddr).Port
		c, err := net.Dial("tcp4", fmt.Sprintf("127.0.0.1:%d", port))
		fmt.Println(a, mask(ln.Addr().String()), err == nil)
		if c != nil {
			s, _ := ln.Accept()
			fmt.Println(mask(s.LocalAddr().String()), mask(s.RemoteAddr().String()))
			s.Close()
			c.Close()
		}
		ln.Close()
	}
}
