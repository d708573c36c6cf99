// "tcp4"/"tcp6"/"udp4"/"udp6" take only addresses of their IP version (Go's
// "no suitable address found"); an empty host listens on 0.0.0.0 for "tcp4"
// and IPv6 alone for "tcp6"; "[::]" on "tcp4" means 0.0.0.0.
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, spec := range [][2]string{{"tcp4", "[::1]:0"}, {"tcp6", "127.0.0.1:0"}, {"tcp6", ":0"}, {"tcp4", "[::]:0"}, {"tcp6", "0.0.0.0:0"}, {"tcp4", "[::ffff:127.0.0.1]:0"}, {"tcp6", "[::ffff:127.0.0.1]:0"}, {"udp4", ":0"}, {"udp6", ":0"}, {"udp4", "[::1]:0"}} {
		var a net.Addr
		var err error
		if spec[0][:3] == "udp" {
			var c net.PacketConn
			c, err = net.ListenPacket(spec[0], spec[1])
			if err == nil {
				a = c.LocalAddr()
				c.Close()
			}
		} else {
			var ln net.Listener
			ln, err = net.Listen(spec[0], spec[1])
			if err == nil {
				a = ln.Addr()
				ln.Close()
			}
		}
		if err != nil {
			fmt.Println(spec, err)
		} else {
			fmt.Println(spec, a.Network())
			switch x := a.(type) {
			case *net.TCPAddr:
				fmt.Println("  ip", x.IP)
			case *net.UDPAddr:
				fmt.Println("  ip", x.IP)
			}
		}
	}
	for _, spec := range [][2]string{{"tcp4", "[::1]:1"}, {"tcp6", "127.0.0.1:1"}, {"tcp6", "localhost:1"}, {"udp4", "[::1]:1"}, {"tcp4", ":1"}, {"tcp6", ":1"}} {
		_, err := net.Dial(spec[0], spec[1])
		fmt.Println(spec, err)
	}
	a, err := net.ResolveTCPAddr("tcp4", "[::1]:80")
	fmt.Println(a, err)
	a, err = net.ResolveTCPAddr("tcp6", "1.2.3.4:80")
	fmt.Println(a, err)
	a, err = net.ResolveTCPAddr("tcp6", ":80")
	fmt.Println(a, err)
	a, err = net.ResolveTCPAddr("tcp4", ":80")
	fmt.Println(a, err)
}
