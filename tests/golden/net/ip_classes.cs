package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"127.0.0.1", "127.8.9.10", "::1", "10.0.0.256", "2001:db8::68", "", "0.0.0.0", "::",
		"10.1.2.3", "172.16.0.1", "172.32.0.1", "192.168.5.5", "fd00::1", "fe80::1", "8.8.8.8"} {
		ip := net.ParseIP(s)
		fmt.Println(s, ip, ip == nil, ip.To4() != nil, len(ip.To16()), ip.IsLoopback(), ip.IsUnspecified(), ip.IsPrivate())
	}
	fmt.Println(net.IP{1, 2, 3, 4}.To16(), net.IP{1, 2, 3, 4}.IsPrivate(), net.IP{1, 2}.To16() == nil)
	fmt.Println(net.IPv6loopback, net.IPv6unspecified)
	h, p, err := net.SplitHostPort("[::1]:8080")
	fmt.Println(h, p, err)
	_, _, err = net.SplitHostPort("localhost")
	fmt.Println(err)
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("example.com", "443"))
	a, err := net.ResolveTCPAddr("tcp", "127.0.0.1:8080")
	fmt.Println(a, err, a.IP, a.Port)
	fmt.Println(net.IPv4(192, 168, 1, 1), net.IPv4(10, 0, 0, 1).Equal(net.ParseIP("10.0.0.1")))
}
