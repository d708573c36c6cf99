// checks: the port part of an address: empty, signed, out of range,
// service names (built-in table and /etc/services), unknown names
package main

import (
	"fmt"
	"net"
)

func main() {
	for _, p := range []string{"", "0", "http", "HTTP", "ssh", "domain", "xyz", "-1", "+0", "65535", "65536", "99999999999", "1e3", "00000"} {
		a, err := net.ResolveTCPAddr("tcp", "127.0.0.1:"+p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
		} else {
			fmt.Printf("%q: %v\n", p, a)
		}
	}
	for _, h := range []string{"127.0.0.1", "[::1]:80", "[::1]", ":80", "a:b:c", "[::1]x:80", "localhost:80", "[127.0.0.1]:80", "256.1.1.1:80"} {
		a, err := net.ResolveTCPAddr("tcp", h)
		fmt.Println(h, a, err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:")
	fmt.Println(err)
	if err == nil {
		ln.Close()
	}
	_, err = net.Listen("tcp", "127.0.0.1:-5")
	fmt.Println(err)
	_, err = net.Dial("tcp", "")
	fmt.Println(err)
	_, err = net.Dial("tcp", ":0")
	fmt.Println(err != nil)
}
